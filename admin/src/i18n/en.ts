import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { mergeMessages } from './merge.ts';
import type { ValidationKey } from '@ruta/schema/zod/common';
import { MAX_OBJECTIVE_CODES, MAX_PARTIES } from '@ruta/schema/limits';
import { authEn } from './auth.en.ts';
import { formsEn } from './forms.en.ts';
import { usersEn } from './users.en.ts';
import { programEn } from './program.en.ts';
import { reportEn } from './report.en.ts';
import { htcdsEn } from './htcds.en.ts';
import { statisticsKEn } from './statisticsK.en.ts';
import { publicStatsEn } from './publicStats.en.ts';
import { caseEn } from './case.en.ts';
import { exportEn } from './export.en.ts';
import { importEn } from './import.en.ts';
import { searchEn } from './search.en.ts';
import { historyEn } from './history.en.ts';
import { caseRouteEn } from './caseRoute.en.ts';
import { dashboardEn } from './dashboard.en.ts';
import { placeEn } from './place.en.ts';
import { activityRecordEn } from './activityRecord.en.ts';
import { trainingFromRecordEn } from './trainingFromRecord.en.ts';
import { activityPortalEn } from './activityPortal.en.ts';
import { trainingEn } from './training.en.ts';
import { scholarshipEn } from './scholarship.en.ts';
import type { Shape } from './shape.ts';

/** `validation.too_long` → `too_long`: the keys the API and the shared zod schemas send. */
export type ValidationMessages = Record<ValidationKey extends `validation.${infer K}` ? K : never, string>;

const validation: ValidationMessages = {
  required: 'Required',
  too_long: 'Must be at most %{max} characters',
  invalid: 'Invalid value',
  invalid_email: 'Not a valid e-mail address',
  invalid_date: 'Not a valid date: type it as yyyy-mm-dd',
  invalid_country: 'Use the two-letter country code, e.g. EC',
  invalid_currency: 'Use the three-letter currency code, e.g. USD',
  invalid_id: 'Not a valid id',
  end_before_start: 'The end date must be on or after the start date',
  parties_min: 'An agreement needs at least two parties',
  // The API sends no parameter with this key; the limit is the shared schema's.
  parties_max: `An agreement can have at most ${MAX_PARTIES} parties`,
  parties_distinct: 'Each party can appear only once',
  currency_required: 'Give the currency of the value',
  not_negative: 'Must not be negative',
  expired_is_derived: 'EXPIRED is set automatically when the end date passes',
  objective_code: 'Objective codes look like 1 or 1.2',
  unknown_party: 'Unknown organization',
  codes_distinct: 'Each code can appear only once',
  unknown_program: 'Unknown program',
  unknown_objective: 'No objective with this code in the program',
  code_taken: 'Another objective of the program already has this code',
  parent_missing: 'Create the parent objective %{parent} first',
  // The fee is typed as a percentage (RateBpsInput); the API keeps basis points.
  rate_range: 'Must be between 0 and 100 %',
  unit_value: 'Not a valid value for this unit',
  percent_range: 'Must be between %{min} and %{max} %',
  whole_number: 'Must be a whole number',
  metric_required: 'A computed indicator needs a metric',
  period: 'Not a valid month: type it as yyyy-mm',
  positive: 'Must be greater than zero',
  to_before_from: 'The end of the period must be on or after its start',
  donors_min: 'A program needs at least one donor',
  username: '3–40 lower-case letters, digits, dots, dashes or underscores',
  own_account: 'You cannot disable your own account',
  username_taken: 'This username is taken',
  name_taken: 'Another organization already has this name (case and accents ignored)',
  password_policy: 'At least 12 characters with upper- and lower-case letters, digits and symbols',
  password_unchanged: 'Choose a password other than the temporary one',
  objective_ref: "Give the objective's id, or its program and code",
  objective_in_use: 'Only an objective without sub-objectives, indicators, budget lines, expenditures or linked agreements can be deleted',
  budget_line_has_expenditures: 'Expenditures are charged to this budget line; delete them first',
  in_use: 'Still named by %{trainings} training(s) and %{scholarships} scholarship(s); change or delete them first',
  too_many_to_delete: 'Too many related items (%{count}) to delete at once; at most %{max} are allowed',
  outside_program: 'Must fall within the program period (%{start} to %{end})',
  too_many_items: 'This change touches %{count} records; at most %{max} fit in one change',
  too_many_ids: 'At most %{max} ids at once (%{count} given)',
  program_total: "The program's expenditures would exceed %{max} minor units, more than its report can show exactly",
  transition_not_allowed: "This step cannot be recorded at the case's current stage",
  step_not_allowed_for_kind: 'This kind of institution cannot record this step',
  before_case_report: 'Must not be before the case was reported (%{date})',
  before_stage_start: 'Must not be before the current stage began (%{date})',
  not_for_step: 'Not a field of this step',
  not_for_purpose: 'Only a consent to a referral names an organization',
  guardian_required: 'The person is a minor: a guardian gives the consent',
  consent_required: 'No current consent to refer the case to this organization; record the consent first',
  consent_in_use: 'An active referral relies on this consent; end the referral first',
  own_organization_only: 'Case workers record steps for their own organization',
  only_latest_event: 'Only the latest step can be deleted',
  already_referred: 'The case is already referred to this organization',
  refer_to_owner: 'This organization owns the case already',
  already_withdrawn: 'Already withdrawn',
  already_ended: 'Already ended',
  override_admin_only: 'Only an admin can refer without consent',
  unknown_province: 'Not a province of Ecuador',
  canton_not_in_province: 'Not a canton of the chosen province',
  not_in_ecuador: 'Only for places in Ecuador; abroad, write the city as the locality',
  organization_or_group: 'Give either an organization or a group, not both',
  sum_mismatch: 'Women, men and not recorded add up to %{sum}, not %{expected}',
  roster_max: 'A roster can list at most %{max} people',
  roster_too_large: 'The roster is too long to store; split the training or shorten the entries',
  organizers_min: 'A training needs at least one organizer',
  organizers_max: 'A training can have at most %{max} organizers',
  organizers_distinct: 'Each organizer can appear only once',
  audience_max: 'A training can have at most %{max} audience lines',
  audience_distinct: 'Each organization can appear in only one audience line',
  too_many_topics: 'At most %{max} topics',
  counts_from_roster: 'With a roster, the counts come from it: leave the line without counts',
  unknown_organization: 'Unknown organization',
  objective_needs_program: 'Choose the program first',
  beneficiary_code: 'Use a code of letters, digits and dashes (e.g. PRN-UIO-0001), never a name',
  withdrawal_reason_required: 'Give the reason the scholarship was withdrawn',
  whole_minor_units: 'Amounts are whole cents (no fractions of a cent)',
  too_many_rows: 'At most %{max} rows at once (%{count} given)',
  duplicate_row: 'The same record as row %{row} of this file',
  row_conflict: 'Already imported with different data; change it in the list instead',
  invalid_quarter: 'Use a quarter like 2008-Q1',
  quarter_span: 'A record reports one quarter: end within %{quarter}',
  invalid_url: 'Give a link starting with https://',
  bands_distinct: 'Each age band can appear only once',
  period_locked: 'The quarter %{quarter} is locked; ask an administrator to unlock it',
  record_not_editable: 'A %{status} record cannot be changed',
  not_submittable: 'Only a draft or returned record can be submitted',
  not_a_training_activity: 'Only an activity of kind training can create a training record',
  training_already_linked: 'This activity is already linked to another training',
  not_reviewable: 'This record is %{status}: it cannot be %{decision}',
  comment_required: 'Say what to fix when returning records',
  too_many_records: 'At most %{max} records at once',
  objective_not_in_agreements: 'No agreement of this partner in the program covers objective %{code}',
  not_your_organization: 'You can only report for your own organization',
  dimensions_count: 'Choose one or two dimensions',
  dimensions_distinct: 'Choose two different dimensions',
  year_outside_data: 'Choose a year from %{min} to %{max}',
  min_cell_size: 'The smallest count shown must be at least %{min}',
  invalid_characters: 'Remove control, text-direction or broken characters (they are invisible or change how text is shown)',
  date_range: 'Use a date between %{min} and %{max}',
  date_in_future: 'Must not be in the future',
  before_birth: 'Must not be before the date of birth',
  identified_by_route: "The route's screening step sets the identification date; here it can only be corrected",
  too_large: 'Must be at most %{max}',
};

export const rutaEn = {
  resources: {
    Organization: {
      name: 'Organization |||| Organizations',
      fields: {
        id: 'Id',
        name: 'Name',
        acronym: 'Acronym',
        kind: 'Kind',
        country: 'Country',
        province: 'Province',
        city: 'City',
        contactPerson: 'Contact person',
        email: 'E-mail',
        phone: 'Phone',
        notes: 'Notes',
        agreementCount: 'Agreements',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search by name',
      },
      sections: {
        identity: 'Identity',
        location: 'Location',
        contact: 'Contact',
        agreements: 'Agreements it is party to',
      },
      helper: {
        country: 'Two-letter code, e.g. EC',
        q: 'Any word of the name or acronym, e.g. quimera, FNJ',
      },
      empty: {
        title: 'No organizations yet',
        invite: 'Add the ministries, police units, NGOs, shelters and donors that take part in the program.',
      },
    },
    PartnerAgreement: {
      name: 'Agreement |||| Agreements',
      fields: {
        id: 'Id',
        programId: 'Program',
        kind: 'Kind',
        title: 'Title',
        partyIds: 'Parties',
        parties: 'Parties',
        signedOn: 'Signed on',
        startDate: 'Start',
        endDate: 'End',
        status: 'Status',
        value: 'Value',
        currency: 'Currency',
        purpose: 'Purpose',
        objectiveCodes: 'Objectives',
        version: 'Version',
        createdAt: 'Created',
        updatedAt: 'Updated',
        q: 'Search by title',
        organizationId: 'Organization',
        startFrom: 'Starting from',
        startTo: 'Starting until',
      },
      sections: {
        agreement: 'Agreement',
        dates: 'Dates',
        money: 'Value',
        program: 'Program',
      },
      helper: {
        q: 'Any word of the title, e.g. albergue; combines with the other filters',
        partyIds: 'Two or more organizations; type to search by name',
        value: 'In units of the currency, e.g. 1234.56',
        currency: 'Three-letter code, e.g. USD',
        objectiveCodes: `Codes such as 1.2 (at most ${MAX_OBJECTIVE_CODES}); press Enter after each`,
        status: 'EXPIRED is set automatically when the end date passes',
      },
      empty: {
        title: 'No agreements yet',
        invite: 'Record the MOUs, cooperative agreements and contracts between organizations.',
        partner: 'Your organization is not party to any agreement yet.',
      },
    },
  },
  ruta: {
    app: {
      title: 'Ruta',
      explorer: 'API explorer',
      user_menu: '%{name} — account menu',
      language: 'Language',
    },
    enums: {
      OrganizationKind: {
        MINISTRY: 'Ministry',
        POLICE: 'Police',
        JUDICIARY: 'Judiciary',
        PROSECUTOR: "Prosecutor's office",
        NGO: 'NGO / foundation',
        SHELTER: 'Shelter',
        INTERNATIONAL_ORGANIZATION: 'International organization',
        COMPANY: 'Company',
        DONOR: 'Donor',
        ACADEMIC: 'University / research',
        LOCAL_GOVERNMENT: 'Local government',
        OTHER: 'Other',
      },
      AgreementKind: {
        MOU: 'Memorandum of understanding',
        COOPERATIVE_AGREEMENT: 'Cooperative agreement',
        CONTRACT: 'Contract',
        LETTER_OF_INTENT: 'Letter of intent',
      },
      AgreementStatus: {
        DRAFT: 'Draft',
        ACTIVE: 'Active',
        EXPIRED: 'Expired',
        TERMINATED: 'Terminated',
      },
      Role: {
        admin: 'Administrator',
        staff: 'Program staff',
        caseworker: 'Case worker',
        partner: 'Partner organization',
        donor: 'Donor',
      },
    },
    errors: {
      UNAUTHENTICATED: 'Your session has ended; sign in again.',
      FORBIDDEN: 'You are not allowed to do this.',
      NOT_FOUND: 'This record does not exist or you cannot see it.',
      CONFLICT: 'This conflicts with data saved in the meantime.',
      STALE_VERSION:
        'Someone changed this record while you were editing it. Reload the page to see the current version, then make your changes again.',
      HAS_AGREEMENTS: 'This organization is party to agreements; remove it from them before deleting it.',
      IN_USE: 'Trainings or scholarships still name it; change or delete them before deleting it.',
      BAD_USER_INPUT: 'Some values are not valid; check the highlighted fields.',
      INTERNAL_SERVER_ERROR: 'The server could not complete the request. Try again later.',
      NETWORK: 'Cannot reach the server. Check your connection and try again.',
      search_combined:
        'A search of only short words (de, la, y…) cannot be combined with other filters: add a longer word, or clear the other filters.',
      sort_unavailable: 'This list cannot be sorted that way with the current filters; sort by start date instead.',
    },
    auth: {
      invalid_credentials: 'Wrong username or password.',
      login_failed: 'Sign-in failed; try again.',
      session_expired: 'Your session has ended; sign in again.',
    },
    dashboard: {
      welcome: 'Welcome, %{name}',
      role: 'Role: %{role}',
      organization: 'Organization: %{name}',
      party_to: 'Your organization is party to %{smart_count} agreement |||| Your organization is party to %{smart_count} agreements',
      organizations: 'Ministries, police units, NGOs, shelters, companies and donors of the program.',
      agreements: 'MOUs, cooperative agreements and contracts between organizations.',
      agreements_own: 'The agreements your organization is party to.',
      agreements_donor: 'The agreements your organization signed and those of the programs it funds.',
      open: 'Open',
      explorer: 'Try queries against the GraphQL API with your session.',
    },
    money: {
      none: '—',
    },
  },
  validation,
};

/** Our messages; es.ts must give every one of them. */
export type RutaMessages = Shape<typeof rutaEn>;

/** The parts of the en messages, in merge order (exported for the merge test). */
export const enParts = [
  englishMessages,
  rutaEn,
  usersEn,
  authEn,
  formsEn,
  programEn,
  reportEn,
  htcdsEn,
  statisticsKEn,
  publicStatsEn,
  caseEn,
  exportEn,
  importEn,
  searchEn,
  historyEn,
  caseRouteEn,
  dashboardEn,
  placeEn,
  trainingEn,
  activityRecordEn,
  trainingFromRecordEn,
  activityPortalEn,
  scholarshipEn,
] as const;

export const en: TranslationMessages = mergeMessages(...enParts);
