import * as z from 'zod';
import { MAX_PARTICIPANTS } from '../limits.ts';
import type {
  ActivityKind,
  ActivityRecordImportRow,
  ActivityStatus,
  AgeBand,
  CreateActivityRecordInput,
  ReviewDecision,
  UpdateActivityRecordInput,
} from '../generated/types.ts';
import { id, isoDate, objectiveCode, optionalText, text, version, whenValid } from './common.ts';
import { placeSchema } from './place.ts';

export const ACTIVITY_KINDS = [
  'TRAINING',
  'AWARENESS_EVENT',
  'DIRECT_ASSISTANCE',
  'COORDINATION_MEETING',
  'PUBLICATION',
  'MEDIA',
  'OTHER',
] as const satisfies readonly ActivityKind[];
export const ACTIVITY_STATUSES = ['DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED'] as const satisfies readonly ActivityStatus[];
/** Age bands: CHILD 0–11 years, ADOLESCENT 12–17, ADULT 18+, AGE_NOT_RECORDED. */
export const AGE_BANDS = ['CHILD', 'ADOLESCENT', 'ADULT', 'AGE_NOT_RECORDED'] as const satisfies readonly AgeBand[];
const REVIEW_DECISIONS = ['APPROVE', 'RETURN'] as const satisfies readonly ReviewDecision[];
/** Records one review call takes: each is its patch and its audit event in one transaction of ≤ 100 items. */
export const MAX_REVIEW = 40;
const MAX_ATTACHMENTS = 10;

// ─── Quarters ───────────────────────────────────────────────────────────────────────────────────
/** The quarter of an ISO date: 2008-02-14 → 2008-Q1. */
export const quarterOf = (date: string) => `${date.slice(0, 4)}-Q${Math.ceil(Number(date.slice(5, 7)) / 3)}`;
/** First and last day of a quarter. */
export function quarterRange(quarter: string): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const q = Number(quarter.slice(6));
  const lastMonth = q * 3;
  const lastDay = new Date(Date.UTC(Number(year), lastMonth, 0)).getUTCDate();
  return { from: `${year}-${String(lastMonth - 2).padStart(2, '0')}-01`, to: `${year}-${String(lastMonth).padStart(2, '0')}-${lastDay}` };
}
export const quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'validation.invalid_quarter');

// ─── People reached ─────────────────────────────────────────────────────────────────────────────
const count = z
  .number('validation.whole_number')
  .refine(Number.isInteger, 'validation.whole_number')
  .nonnegative('validation.not_negative')
  .max(MAX_PARTICIPANTS, { message: 'validation.too_large' });
const countOrZero = count.nullish().transform((n) => n ?? 0);

const reachedLineInput = z.object({
  band: z.enum(AGE_BANDS),
  women: countOrZero,
  men: countOrZero,
  notRecorded: countOrZero,
});
export type ReachedLine = z.output<typeof reachedLineInput>;

const reached = z
  .array(reachedLineInput)
  .max(AGE_BANDS.length)
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (seen.has(l.band)) ctx.addIssue({ code: 'custom', path: [i, 'band'], message: 'validation.bands_distinct', input: l.band });
      seen.add(l.band);
    });
  });

interface ReachedTotals {
  women: number;
  men: number;
  notRecorded: number;
  total: number;
}

/** Each line with its total, in the order of AGE_BANDS (absent bands left out), and the totals by sex. */
export function reachedWithTotals(lines: readonly ReachedLine[]): { reached: (ReachedLine & { total: number })[]; totals: ReachedTotals } {
  const sorted = [...lines].sort((a, b) => AGE_BANDS.indexOf(a.band) - AGE_BANDS.indexOf(b.band));
  const withTotal = sorted.map((l) => ({ ...l, total: l.women + l.men + l.notRecorded }));
  const totals = withTotal.reduce(
    (t, l) => ({ women: t.women + l.women, men: t.men + l.men, notRecorded: t.notRecorded + l.notRecorded, total: t.total + l.total }),
    { women: 0, men: 0, notRecorded: 0, total: 0 },
  );
  return { reached: withTotal, totals };
}

// ─── Cross-field rules ──────────────────────────────────────────────────────────────────────────
type Ctx = { addIssue: (i: z.core.$ZodRawIssue) => void };

interface ActivityShape {
  startDate?: string | null;
  endDate?: string | null;
  reached?: readonly ReachedLine[] | null;
  expectedTotal?: number | null;
}

/** End on or after the start, and in the same quarter (a record reports one quarter). */
function datesInQuarter(a: ActivityShape, ctx: Ctx) {
  if (!a.startDate || !a.endDate) return;
  if (a.endDate < a.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.end_before_start', input: a.endDate });
  else if (quarterOf(a.endDate) !== quarterOf(a.startDate))
    ctx.addIssue({
      code: 'custom',
      path: ['endDate'],
      message: 'validation.quarter_span',
      params: { quarter: quarterOf(a.startDate) },
      input: a.endDate,
    });
}

/** A typed total must be the sum of every line. */
function addsUp(a: ActivityShape, ctx: Ctx) {
  if (a.expectedTotal == null || !a.reached) return;
  const sum = reachedWithTotals(a.reached).totals.total;
  if (sum !== a.expectedTotal)
    ctx.addIssue({
      code: 'custom',
      path: ['expectedTotal'],
      message: 'validation.sum_mismatch',
      params: { sum, expected: a.expectedTotal },
      input: a.expectedTotal,
    });
}

/** Cross-field rules shared by create, update (on the record as it will be) and import. */
export function checkActivityRules(a: ActivityShape, ctx: Ctx): void {
  datesInQuarter(a, ctx);
  addsUp(a, ctx);
}

const withActivityRules = <S extends z.ZodType<ActivityShape>>(schema: S) =>
  schema.superRefine(datesInQuarter, whenValid('startDate', 'endDate')).superRefine(addsUp, whenValid('reached', 'expectedTotal'));

const url = z
  .string()
  .trim()
  .max(2000, 'validation.invalid_url')
  .regex(/^https?:\/\/[^\s]+$/, 'validation.invalid_url');
const attachmentInput = z.object({ fileName: text(200), url });
const attachments = z.array(attachmentInput).max(MAX_ATTACHMENTS);
const optionalId = z.preprocess((v) => (v === '' ? null : v), id.nullish());

const base = {
  organizationId: optionalId,
  programId: id,
  objectiveCode,
  title: text(300),
  kind: z.enum(ACTIVITY_KINDS),
  startDate: isoDate,
  endDate: isoDate,
  place: placeSchema,
  reached,
  expectedTotal: count.nullish(),
  narrative: optionalText(8000, { multiline: true }),
};

export const createActivityRecordInput = withActivityRules(
  z.object({
    id: id.nullish(),
    ...base,
    attachments: attachments.nullish().transform((a) => a ?? []),
    trainingId: optionalId,
    agreementId: optionalId,
  }),
) satisfies z.ZodType<CreateActivityRecordInput>;

export const updateActivityRecordInput = withActivityRules(
  z.object({
    id,
    version,
    objectiveCode: objectiveCode.optional(),
    title: base.title.optional(),
    kind: base.kind.optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    place: placeSchema.optional(),
    reached: reached.optional(),
    expectedTotal: count.nullish(),
    narrative: base.narrative,
    attachments: attachments.nullish(),
    trainingId: optionalId,
    agreementId: optionalId,
  }),
) satisfies z.ZodType<UpdateActivityRecordInput>;

export const reviewInput = z
  .object({
    ids: z
      .array(id)
      .min(1, 'validation.required')
      .max(MAX_REVIEW, 'validation.too_many_records')
      .refine((ids) => new Set(ids).size === ids.length, 'validation.codes_distinct'),
    decision: z.enum(REVIEW_DECISIONS),
    comment: optionalText(2000, { multiline: true }),
  })
  .superRefine(
    (r, ctx) => {
      if (r.decision === 'RETURN' && !r.comment)
        ctx.addIssue({ code: 'custom', path: ['comment'], message: 'validation.comment_required', input: r.comment });
    },
    whenValid('decision', 'comment'),
  );

export const periodInput = z.object({ programId: id, quarter });

/** One CSV row of a quarter's records (the console validates with the same schema before sending). */
export const activityImportRow = withActivityRules(
  z.object({ row: z.number().int().positive(), ...base }),
) satisfies z.ZodType<ActivityRecordImportRow>;

export type CreateActivityRecord = z.output<typeof createActivityRecordInput>;
export type ActivityImportRow = z.output<typeof activityImportRow>;
