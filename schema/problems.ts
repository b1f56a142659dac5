import type * as z from 'zod';

/**
 * (No zod at run time here: the Lambda handler's start-up reports errors without loading zod.)
 *
 * Validation problems carry a message key (e.g. `validation.too_long`) so the admin can show them
 * in the user's language; API callers get the English text from `validationMessagesEn`.
 */
export const validationMessagesEn = {
  'validation.required': 'Required',
  'validation.too_long': 'Must be at most %{max} characters',
  'validation.invalid': 'Invalid value',
  'validation.invalid_email': 'Not a valid e-mail address',
  'validation.invalid_date': 'Not a valid date (YYYY-MM-DD)',
  'validation.invalid_country': 'Use the two-letter country code, e.g. EC',
  'validation.invalid_currency': 'Use the three-letter currency code, e.g. USD',
  'validation.invalid_id': 'Not a valid id',
  'validation.end_before_start': 'The end date must be on or after the start date',
  'validation.parties_min': 'An agreement needs at least two parties',
  'validation.parties_max': 'An agreement can have at most %{max} parties',
  'validation.parties_distinct': 'Each party can appear only once',
  'validation.currency_required': 'Give the currency of the value',
  'validation.not_negative': 'Must not be negative',
  'validation.expired_is_derived': 'EXPIRED is set automatically when the end date passes',
  'validation.objective_code': 'Objective codes look like 1 or 1.2',
  'validation.unknown_party': 'Unknown organization',
  'validation.codes_distinct': 'Each code can appear only once',
  'validation.unknown_program': 'Unknown program',
  'validation.unknown_objective': 'No objective with this code in the program',
  'validation.code_taken': 'Another objective of the program already has this code',
  'validation.parent_missing': 'Create the parent objective %{parent} first',
  'validation.rate_range': 'Must be between 0 and 10000 basis points (0–100 %)',
  'validation.unit_value': 'Not a valid value for this unit',
  'validation.percent_range': 'Must be between %{min} and %{max} %',
  'validation.whole_number': 'Must be a whole number',
  'validation.metric_required': 'A computed indicator needs a metric',
  'validation.period': 'Use a month as YYYY-MM',
  'validation.positive': 'Must be greater than zero',
  'validation.to_before_from': 'The end of the period must be on or after its start',
  'validation.donors_min': 'A program needs at least one donor',
  'validation.username': '3–40 lower-case letters, digits, dots, dashes or underscores',
  'validation.own_account': 'You cannot disable your own account',
  'validation.username_taken': 'This username is taken',
  'validation.name_taken': 'Another organization already has this name (case and accents ignored)',
  'validation.password_policy': 'At least 12 characters with upper- and lower-case letters, digits and symbols',
  'validation.password_unchanged': 'Choose a password other than the temporary one',
  'validation.objective_ref': "Give the objective's id, or its program and code",
  'validation.objective_in_use':
    'Only an objective without sub-objectives, indicators, budget lines, expenditures or linked agreements can be deleted',
  'validation.budget_line_has_expenditures': 'Expenditures are charged to this budget line; delete them first',
  'validation.in_use': 'Still named by %{trainings} training(s) and %{scholarships} scholarship(s); change or delete them first',
  'validation.too_many_to_delete': 'Too many related items (%{count}) to delete at once; at most %{max} are allowed',
  'validation.invalid_characters': 'Remove control, text-direction or broken characters (they are invisible or change how text is shown)',
  'validation.date_range': 'Use a date between %{min} and %{max}',
  'validation.date_in_future': 'Must not be in the future',
  'validation.before_birth': 'Must not be before the date of birth',
  'validation.identified_by_route': "The route's screening step sets the identification date; here it can only be corrected",
  'validation.too_large': 'Must be at most %{max}',
  'validation.outside_program': 'Must fall within the program period (%{start} to %{end})',
  'validation.too_many_items': 'This change touches %{count} records; at most %{max} fit in one change',
  'validation.too_many_ids': 'At most %{max} ids at once (%{count} given)',
  'validation.organization_or_group': 'Give either an organization or a group, not both',
  'validation.sum_mismatch': 'Women, men and not recorded add up to %{sum}, not %{expected}',
  'validation.roster_max': 'A roster can list at most %{max} people',
  'validation.roster_too_large': 'The roster is too long to store; split the training or shorten the entries',
  'validation.organizers_min': 'A training needs at least one organizer',
  'validation.organizers_max': 'A training can have at most %{max} organizers',
  'validation.organizers_distinct': 'Each organizer can appear only once',
  'validation.audience_max': 'A training can have at most %{max} audience lines',
  'validation.audience_distinct': 'Each organization can appear in only one audience line',
  'validation.too_many_topics': 'At most %{max} topics',
  'validation.counts_from_roster': 'With a roster, the counts come from it: leave the line without counts',
  'validation.unknown_organization': 'Unknown organization',
  'validation.objective_needs_program': 'Choose the program first',
  'validation.program_total': "The program's expenditures would exceed %{max} minor units, more than its report can show exactly",
  'validation.transition_not_allowed': "This step cannot be recorded at the case's current stage",
  'validation.step_not_allowed_for_kind': 'This kind of institution cannot record this step',
  'validation.before_case_report': 'Must not be before the case was reported (%{date})',
  'validation.before_stage_start': 'Must not be before the current stage began (%{date})',
  'validation.not_for_step': 'Not a field of this step',
  'validation.not_for_purpose': 'Only a consent to a referral names an organization',
  'validation.guardian_required': 'The person is a minor: a guardian gives the consent',
  'validation.consent_required': 'No current consent to refer the case to this organization; record the consent first',
  'validation.consent_in_use': 'An active referral relies on this consent; end the referral first',
  'validation.own_organization_only': 'Case workers record steps for their own organization',
  'validation.only_latest_event': 'Only the latest step can be deleted',
  'validation.already_referred': 'The case is already referred to this organization',
  'validation.refer_to_owner': 'This organization owns the case already',
  'validation.already_withdrawn': 'Already withdrawn',
  'validation.already_ended': 'Already ended',
  'validation.override_admin_only': 'Only an admin can refer without consent',
  'validation.unknown_province': 'Not a province of Ecuador',
  'validation.canton_not_in_province': 'Not a canton of the chosen province',
  'validation.not_in_ecuador': 'Only for places in Ecuador; abroad, write the city as the locality',
  'validation.beneficiary_code': 'Use a code of letters, digits and dashes (e.g. PRN-UIO-0001), never a name',
  'validation.withdrawal_reason_required': 'Give the reason the scholarship was withdrawn',
  'validation.whole_minor_units': 'Amounts are whole cents (no fractions of a cent)',
  'validation.too_many_rows': 'At most %{max} rows at once (%{count} given)',
  'validation.duplicate_row': 'The same record as row %{row} of this file',
  'validation.row_conflict': 'Already imported with different data; change it in the list instead',
  'validation.invalid_quarter': 'Use a quarter like 2008-Q1',
  'validation.quarter_span': 'A record reports one quarter: end within %{quarter}',
  'validation.invalid_url': 'Give a link starting with https://',
  'validation.bands_distinct': 'Each age band can appear only once',
  'validation.period_locked': 'The quarter %{quarter} is locked; ask an administrator to unlock it',
  'validation.record_not_editable': 'A %{status} record cannot be changed',
  'validation.not_submittable': 'Only a draft or returned record can be submitted',
  'validation.not_a_training_activity': 'Only an activity of kind training can create a training record',
  'validation.training_already_linked': 'This activity is already linked to another training',
  'validation.not_reviewable': 'This record is %{status}: it cannot be %{decision}',
  'validation.comment_required': 'Say what to fix when returning records',
  'validation.too_many_records': 'At most %{max} records at once',
  'validation.objective_not_in_agreements': 'No agreement of this partner in the program covers objective %{code}',
  'validation.not_your_organization': 'You can only report for your own organization',
  'validation.dimensions_count': 'Choose one or two dimensions',
  'validation.dimensions_distinct': 'Choose two different dimensions',
  'validation.year_outside_data': 'Choose a year from %{min} to %{max}',
  'validation.min_cell_size': 'The smallest count shown must be at least %{min}',
} as const;
export type ValidationKey = keyof typeof validationMessagesEn;

export interface FieldProblem {
  /** Dotted path of the field in the input, e.g. `input.partyIds.1`. */
  path: string;
  /** Message key, translated by the admin. */
  key: ValidationKey;
  /** English message for API callers. */
  message: string;
  params?: Record<string, string | number>;
}

const isKey = (m: string | undefined): m is ValidationKey => !!m && m in validationMessagesEn;

function render(key: ValidationKey, params?: Record<string, string | number>): string {
  return validationMessagesEn[key].replace(/%\{(\w+)\}/g, (_, p: string) => String(params?.[p] ?? ''));
}

/** Turns zod issues into field problems with translatable keys. */
export function fieldProblems(error: z.ZodError, prefix: string[] = []): FieldProblem[] {
  return error.issues.map((issue) => {
    const path = [...prefix, ...issue.path.map(String)].join('.');
    let key: ValidationKey = 'validation.invalid';
    let params: Record<string, string | number> | undefined;
    if (isKey(issue.message)) {
      key = issue.message;
      // Parameters of our own messages: custom issues carry them, ceilings come from the check.
      if (issue.code === 'custom' && issue.params) params = issue.params as Record<string, string | number>;
      else if (issue.code === 'too_big') params = { max: Number(issue.maximum) };
    } else if (issue.code === 'too_big' && issue.origin === 'string') {
      key = 'validation.too_long';
      params = { max: Number(issue.maximum) };
    } else if (issue.code === 'too_small' && issue.origin === 'string') key = 'validation.required';
    else if (issue.code === 'invalid_type' && issue.input === undefined) key = 'validation.required';
    return { path, key, message: render(key, params), ...(params ? { params } : {}) };
  });
}

/** Problem for one field, raised by a service rule rather than by zod (e.g. an unknown party). */
export function problem(path: string, key: ValidationKey, params?: Record<string, string | number>): FieldProblem {
  return { path, key, message: render(key, params), ...(params ? { params } : {}) };
}
