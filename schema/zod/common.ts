import * as z from 'zod';

export * from '../problems.ts';
export * from '../limits.ts';
import type { ValidationKey } from '../problems.ts';
import { DATE_MAX, DATE_MIN, ID_MAX, ID_PATTERN, MONEY_MAX, PLAIN_ID_PATTERN, SCOPED_ID_PATTERN } from '../limits.ts';

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
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
const REFUSED_ANYWHERE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]/;
const EDGES = /^[\s\u200C-\u200F\u061C]+|[\s\u200C-\u200F\u061C]+$/g;

export interface TextOptions {
  /** Keeps line breaks (as \n) and tabs: descriptions, notes, purposes, observations. */
  multiline?: boolean;
}

/** The normalised text, or the key of the reason it is refused. Blank text comes back as ''. */
export function normalizeText(
  value: string,
  { multiline = false }: TextOptions = {},
): { ok: true; text: string } | { ok: false; key: ValidationKey } {
  if (LONE_SURROGATE.test(value)) return { ok: false, key: 'validation.invalid_characters' };
  let s = value.normalize('NFC').replace(REMOVED, '').replace(LINE_BREAKS, '\n');
  if (!multiline) s = s.replace(/[\t\n]/g, ' ');
  if (REFUSED_ANYWHERE.test(s)) return { ok: false, key: 'validation.invalid_characters' };
  return { ok: true, text: s.replace(EDGES, '') };
}

/** True for text that normalises to nothing (spaces, zero-width characters). */
export const isBlankText = (value: unknown): boolean =>
  typeof value === 'string' &&
  (() => {
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
export const text = (max: number, opts: TextOptions = {}) => normalized(opts).pipe(z.string().min(1, 'validation.required').max(max));
/** Optional free text, normalised: blank (spaces, zero-width characters) becomes null, so clearing a field clears it. */
export const optionalText = (max: number, opts: TextOptions = {}) =>
  z.preprocess((v) => (v === '' || isBlankText(v) ? null : v), normalized(opts).pipe(z.string().max(max)).nullish());
/** Free text where blank is a meaningful value (e.g. an observation emptied to remove it): '' is kept. */
export const textOrEmpty = (max: number, opts: TextOptions = {}) => normalized(opts).pipe(z.string().max(max));

// ─── Cross-field rules ──────────────────────────────────────────────────────────────────────────
/**
 * When a cross-field rule (`.superRefine(rule, whenValid('startDate', 'endDate'))`) runs: as soon as the
 * fields it reads are valid, even while other fields fail. zod skips a plain refinement once any field
 * has failed, so a form would show "end before start" only after every other problem was fixed, and the
 * API would report problems one round at a time; with this, one parse reports them all. The rule sees
 * the object as parsed so far: the listed fields are valid, the others may not be.
 */
export function whenValid(...fields: string[]): { when: (payload: z.core.ParsePayload) => boolean } {
  return {
    when: ({ value, issues }) =>
      typeof value === 'object' &&
      value !== null &&
      !Array.isArray(value) &&
      !issues.some((issue) => !issue.path?.length || fields.includes(String(issue.path[0]))),
  };
}

// ─── Dates ──────────────────────────────────────────────────────────────────────────────────────
const dateRange = { min: DATE_MIN, max: DATE_MAX };
export const isoDate = z.iso.date('validation.invalid_date').superRefine((d, ctx) => {
  if (d < DATE_MIN || d > DATE_MAX) ctx.addIssue({ code: 'custom', message: 'validation.date_range', params: dateRange, input: d });
});
export const optionalDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullish());
/** A month, YYYY-MM, inside the date range. */
export const period = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'validation.period')
  .superRefine((p, ctx) => {
    if (p < DATE_MIN.slice(0, 7) || p > DATE_MAX.slice(0, 7))
      ctx.addIssue({ code: 'custom', message: 'validation.date_range', params: dateRange, input: p });
  });

// ─── Ids ────────────────────────────────────────────────────────────────────────────────────────
export const id = z
  .string()
  .min(1, 'validation.required')
  .max(64, 'validation.invalid_id')
  .regex(PLAIN_ID_PATTERN, 'validation.invalid_id');
/** Id of a record that lives inside a program's partition: `<programId>~<local key>`. */
export const scopedId = z
  .string()
  .min(1, 'validation.required')
  .max(ID_MAX, 'validation.invalid_id')
  .regex(SCOPED_ID_PATTERN, 'validation.invalid_id');
/** Any id of ours (plain, scoped, a username as an audit entity id). */
export const anyId = z
  .string()
  .min(1, 'validation.required')
  .max(ID_MAX, 'validation.invalid_id')
  .regex(ID_PATTERN, 'validation.invalid_id');

// ─── Money ──────────────────────────────────────────────────────────────────────────────────────
/** An amount in minor units: whole, ≥ 0, ≤ MONEY_MAX. */
export const money = z
  .number()
  .int('validation.invalid')
  .nonnegative('validation.not_negative')
  .max(MONEY_MAX, { message: 'validation.too_large' });
/** An amount that must be more than zero (an expenditure). */
export const positiveMoney = money.positive('validation.positive');
/**
 * Measured values (indicator targets, baselines, actuals): finite, within ±MONEY_MAX so ratios and sums
 * stay finite, and 0 or at least 10^-6 in magnitude (DynamoDB refuses numbers below 10^-130; no
 * indicator needs more than six decimals).
 */
export const MEASURE_MIN_MAGNITUDE = 1e-6;
export const measure = z
  .number()
  .min(-MONEY_MAX, { message: 'validation.too_large' })
  .max(MONEY_MAX, { message: 'validation.too_large' })
  .refine((x) => x === 0 || Math.abs(x) >= MEASURE_MIN_MAGNITUDE, 'validation.invalid');

// ─── Other codes ────────────────────────────────────────────────────────────────────────────────
export const version = z.number().int().nonnegative();
export const countryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'validation.invalid_country');
/** 0 (overall), 1…99 (specific), 1.1 (activity), 1.1.1 (sub-activity). */
export const objectiveCode = z
  .string()
  .trim()
  .regex(/^\d{1,2}(\.\d{1,2}){0,2}$/, 'validation.objective_code');
export const currencyCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'validation.invalid_currency');
