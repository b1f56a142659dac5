import * as z from 'zod';

/**
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
  'validation.metric_required': 'A computed indicator needs a metric',
  'validation.period': 'Use a month as YYYY-MM',
  'validation.positive': 'Must be greater than zero',
  'validation.to_before_from': 'The end of the period must be on or after its start',
  'validation.donors_min': 'A program needs at least one donor',
  'validation.username': '3–40 lower-case letters, digits, dots, dashes or underscores',
  'validation.own_account': 'You cannot disable your own account',
  'validation.username_taken': 'This username is taken',
  'validation.password_policy': 'At least 12 characters with upper- and lower-case letters, digits and symbols',
  'validation.password_unchanged': 'Choose a password other than the temporary one',
  'validation.objective_ref': "Give the objective's id, or its program and code",
  'validation.objective_in_use': 'Only an objective without sub-objectives, indicators, budget lines, expenditures or linked agreements can be deleted',
  'validation.budget_line_has_expenditures': 'Expenditures are charged to this budget line; delete them first',
  'validation.too_many_to_delete': 'Too many related items (%{count}) to delete at once; at most %{max} are allowed',
  'validation.invalid_characters': 'Remove control, text-direction or broken characters (they are invisible or change how text is shown)',
  'validation.date_range': 'Use a date between %{min} and %{max}',
  'validation.too_large': 'Must be at most %{max}',
  'validation.outside_program': 'Must fall within the program period (%{start} to %{end})',
  'validation.too_many_items': 'This change touches %{count} records; at most %{max} fit in one change',
  'validation.too_many_ids': 'At most %{max} ids at once (%{count} given)',
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

// ─── Free text ──────────────────────────────────────────────────────────────────────────────────
// One normalisation for every free-text input (docs/decisions.md, "Input rules"), run the same in the
// browser and on the server:
//   1. broken UTF-16 (a lone surrogate) is refused;
//   2. NFC, so "é" typed and "é" pasted are the same string (and the same length);
//   3. ZERO WIDTH SPACE, WORD JOINER and BYTE ORDER MARK are removed wherever they are (invisible, no meaning in text);
//   4. line breaks (CR LF, CR, U+2028, U+2029) become \n in multi-line text; in one-line text every tab or
//      line break becomes a space;
//   5. any other control character (C0, DEL, C1) and the bidi embeddings, overrides and isolates
//      (U+202A–U+202E, U+2066–U+2069; "Trojan Source") are refused, as are U+FFFE and U+FFFF;
//   6. whitespace and zero-width joiners / direction marks are trimmed from both ends, so a value of
//      only spaces or zero-width characters is blank: "required" for `text`, null for `optionalText`.
// The direction marks LRM/RLM/ALM and ZWJ/ZWNJ stay inside text: Arabic, Persian, Hebrew, Indic scripts
// and emoji need them, and they cannot reorder the text around them.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const REMOVED = /[\u200B\u2060\uFEFF]/g;
const LINE_BREAKS = /\r\n?|[\u2028\u2029]/g;
// eslint-disable-next-line no-control-regex
const REFUSED_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const EDGES = /^[\s\u200C-\u200F\u061C]+|[\s\u200C-\u200F\u061C]+$/g;

export interface TextOptions {
  /** Keeps line breaks (as \n) and tabs: descriptions, notes, purposes, observations. */
  multiline?: boolean;
}

/** The normalised text, or the key of the reason it is refused. Blank text comes back as ''. */
export function normalizeText(value: string, { multiline = false }: TextOptions = {}): { ok: true; text: string } | { ok: false; key: ValidationKey } {
  if (LONE_SURROGATE.test(value)) return { ok: false, key: 'validation.invalid_characters' };
  let s = value.normalize('NFC').replace(REMOVED, '').replace(LINE_BREAKS, '\n');
  if (!multiline) s = s.replace(/[\t\n]/g, ' ');
  if (REFUSED_ANYWHERE.test(s)) return { ok: false, key: 'validation.invalid_characters' };
  return { ok: true, text: s.replace(EDGES, '') };
}

/** True for text that normalises to nothing (spaces, zero-width characters). */
export const isBlankText = (value: unknown): boolean =>
  typeof value === 'string' && (() => {
    const r = normalizeText(value, { multiline: true });
    return r.ok && r.text === '';
  })();

const normalized = (opts: TextOptions) =>
  z.string().transform((value, ctx) => {
    const r = normalizeText(value, opts);
    if (r.ok) return r.text;
    ctx.addIssue({ code: 'custom', message: r.key, input: value });
    return z.NEVER;
  });

/** Required free text, normalised (above); blank after normalising is a "required" problem. */
export const text = (max: number, opts: TextOptions = {}) =>
  normalized(opts).pipe(z.string().min(1, 'validation.required').max(max));
/** Optional free text, normalised: blank (spaces, zero-width characters) becomes null, so clearing a field clears it. */
export const optionalText = (max: number, opts: TextOptions = {}) =>
  z.preprocess((v) => (v === '' || isBlankText(v) ? null : v), normalized(opts).pipe(z.string().max(max)).nullish());
/** Free text where blank is a meaningful value (e.g. an observation emptied to remove it): '' is kept. */
export const textOrEmpty = (max: number, opts: TextOptions = {}) => normalized(opts).pipe(z.string().max(max));

// ─── Dates ──────────────────────────────────────────────────────────────────────────────────────
/** Calendar dates the system accepts anywhere: a sane range, so 0000-01-01 or 9999-12-31 is a typo, not data. */
export const DATE_MIN = '1900-01-01';
export const DATE_MAX = '2100-12-31';
const dateRange = { min: DATE_MIN, max: DATE_MAX };
export const isoDate = z.iso.date('validation.invalid_date').superRefine((d, ctx) => {
  if (d < DATE_MIN || d > DATE_MAX) ctx.addIssue({ code: 'custom', message: 'validation.date_range', params: dateRange, input: d });
});
export const optionalDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullish());
/** A month, YYYY-MM, inside the date range. */
export const period = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.period').superRefine((p, ctx) => {
  if (p < DATE_MIN.slice(0, 7) || p > DATE_MAX.slice(0, 7)) ctx.addIssue({ code: 'custom', message: 'validation.date_range', params: dateRange, input: p });
});

// ─── Ids ────────────────────────────────────────────────────────────────────────────────────────
/**
 * One shape for every id: segments of 1–64 letters, digits, `_`, `-` (and `.` after the first
 * segment, for objective codes like 1.2 and for usernames), joined by `~`, at most 4 segments and
 * 200 characters. No spaces, no other characters, never trimmed: the GraphQL layer checks every `ID`
 * argument against `anyId` before a resolver runs (functions/platform/schema.ts), so an id can always
 * be part of a DynamoDB key (≤ 1024 bytes) and never surprises a log line.
 */
export const ID_MAX = 200;
export const ID_PATTERN = /^[A-Za-z0-9_.-]{1,64}(~[A-Za-z0-9_.-]{1,64}){0,3}$/;
/** Ids a client may choose for a new record (UUIDs, `org-usaid`): one segment, no dots. */
export const PLAIN_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** Ids of records inside a program's partition: `<programId>~<key>[~<key>…]`. */
export const SCOPED_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}(~[A-Za-z0-9_.-]{1,64}){1,3}$/;
/** True when `value` has the shape of some id of ours (any kind). */
export const isIdShape = (value: unknown): value is string => typeof value === 'string' && value.length <= ID_MAX && ID_PATTERN.test(value);

export const id = z.string().min(1, 'validation.required').max(64, 'validation.invalid_id').regex(PLAIN_ID_PATTERN, 'validation.invalid_id');
/** Id of a record that lives inside a program's partition: `<programId>~<local key>`. */
export const scopedId = z.string().min(1, 'validation.required').max(ID_MAX, 'validation.invalid_id').regex(SCOPED_ID_PATTERN, 'validation.invalid_id');
/** Any id of ours (plain, scoped, a username as an audit entity id). */
export const anyId = z.string().min(1, 'validation.required').max(ID_MAX, 'validation.invalid_id').regex(ID_PATTERN, 'validation.invalid_id');

// ─── Money ──────────────────────────────────────────────────────────────────────────────────────
/**
 * Money is whole minor units (cents). One amount is at most MONEY_MAX = 10^12 (10,000,000,000.00 of a
 * two-decimal currency: above any single budget, expenditure or declared total of a program, even in
 * currencies like IDR or COP). A program's running totals must stay within MONEY_TOTAL_MAX = 4·10^15,
 * so that the report's figures — subtotal (≤ MONEY_TOTAL_MAX), admin fee (≤ 100 % of it), total (≤ 2×),
 * and difference from the declared total — are always exact GraphQL SafeInts (< 2^53 ≈ 9.007·10^15);
 * `common.test.ts` proves it. Sums of up to 4,000 amounts at the ceiling fit without further checks.
 */
export const MONEY_MAX = 1_000_000_000_000;
export const MONEY_TOTAL_MAX = 4_000_000_000_000_000;
/** True when a running total (e.g. a program's expenditure) may still be reported exactly. */
export const moneyTotalFits = (total: number) => Number.isSafeInteger(total) && Math.abs(total) <= MONEY_TOTAL_MAX;
/** An amount in minor units: whole, ≥ 0, ≤ MONEY_MAX. */
export const money = z.number().int('validation.invalid').nonnegative('validation.not_negative')
  .max(MONEY_MAX, { message: 'validation.too_large' });
/** An amount that must be more than zero (an expenditure). */
export const positiveMoney = money.positive('validation.positive');
/**
 * Measured values (indicator targets, baselines, actuals): finite, within ±MONEY_MAX so ratios and sums
 * stay finite, and 0 or at least 10^-6 in magnitude (DynamoDB refuses numbers below 10^-130; no
 * indicator needs more than six decimals).
 */
export const MEASURE_MIN_MAGNITUDE = 1e-6;
export const measure = z.number().min(-MONEY_MAX, { message: 'validation.too_large' }).max(MONEY_MAX, { message: 'validation.too_large' })
  .refine((x) => x === 0 || Math.abs(x) >= MEASURE_MIN_MAGNITUDE, 'validation.invalid');

// ─── Other codes ────────────────────────────────────────────────────────────────────────────────
export const version = z.number().int().nonnegative();
export const countryCode = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'validation.invalid_country');
/** 0 (overall), 1…99 (specific), 1.1 (activity), 1.1.1 (sub-activity). */
export const objectiveCode = z.string().trim().regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, 'validation.objective_code');
export const currencyCode = z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'validation.invalid_currency');
