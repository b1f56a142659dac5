import * as z from 'zod';
import { MAX_AUDIENCE_LINES, MAX_ORGANIZERS, MAX_PARTICIPANTS, MAX_ROSTER, MAX_ROSTER_BYTES, MAX_TOPICS } from '../limits.ts';
import type { CreateTrainingInput, ParticipantSex, TrainingKind, UpdateTrainingInput } from '../generated/types.ts';
import { id, isoDate, objectiveCode, optionalText, text, version, whenValid } from './common.ts';
import { placeSchema } from './place.ts';

export const TRAINING_KINDS = [
  'WORKSHOP',
  'SEMINAR',
  'COURSE',
  'TRAINING_OF_TRAINERS',
  'AWARENESS_EVENT',
  'VIRTUAL_MODULE',
] as const satisfies readonly TrainingKind[];
export const PARTICIPANT_SEXES = ['F', 'M', 'X'] as const satisfies readonly ParticipantSex[];
export { MAX_AUDIENCE_LINES, MAX_ORGANIZERS, MAX_ROSTER, MAX_TOPICS };

/** A count of people: whole, ≥ 0, at most MAX_PARTICIPANTS. */
// A refinement, not .int(): zod's .int() aborts the object, so "end before start" would wait for the next round.
const count = z
  .number('validation.whole_number')
  .refine(Number.isInteger, 'validation.whole_number')
  .nonnegative('validation.not_negative')
  .max(MAX_PARTICIPANTS, { message: 'validation.too_large' });
const countOrZero = count.nullish().transform((n) => n ?? 0);

type Ctx = { addIssue: (i: z.core.$ZodRawIssue) => void };

interface LineCounts {
  organizationId?: string | null;
  group?: string | null;
  women: number;
  men: number;
  notRecorded: number;
  expectedTotal?: number | null;
}

/** A line names an organization or a group, never both, never neither. */
function oneInstitution(l: LineCounts, ctx: Ctx) {
  if (!!l.organizationId === !!l.group) {
    ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'validation.organization_or_group', input: l.organizationId });
  }
}

/** A typed total must be the sum of the counts by sex. */
function addsUp(l: LineCounts, ctx: Ctx) {
  if (l.expectedTotal == null) return;
  const sum = l.women + l.men + l.notRecorded;
  if (sum !== l.expectedTotal) {
    ctx.addIssue({
      code: 'custom',
      path: ['expectedTotal'],
      message: 'validation.sum_mismatch',
      params: { sum, expected: l.expectedTotal },
      input: l.expectedTotal,
    });
  }
}

export const audienceLineInput = z
  .object({
    organizationId: z.preprocess((v) => (v === '' ? null : v), id.nullish()),
    group: optionalText(200),
    women: countOrZero,
    men: countOrZero,
    notRecorded: countOrZero,
    expectedTotal: count.nullish(),
  })
  .superRefine(oneInstitution, whenValid('organizationId', 'group'))
  .superRefine(addsUp, whenValid('women', 'men', 'notRecorded', 'expectedTotal'));

const email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.email('validation.invalid_email').max(254).nullish(),
);

export const rosterEntryInput = z.object({
  name: text(120),
  sex: z.enum(PARTICIPANT_SEXES),
  institution: optionalText(160),
  position: optionalText(120),
  email,
});

const rosterBytes = (roster: readonly unknown[]) => new TextEncoder().encode(JSON.stringify(roster)).length;

const roster = z
  .array(rosterEntryInput)
  .max(MAX_ROSTER, 'validation.roster_max')
  .superRefine((r, ctx) => {
    if (rosterBytes(r) > MAX_ROSTER_BYTES) ctx.addIssue({ code: 'custom', message: 'validation.roster_too_large', input: r.length });
  });

const organizerIds = z
  .array(id)
  .min(1, 'validation.organizers_min')
  .max(MAX_ORGANIZERS, 'validation.organizers_max')
  .refine((ids) => new Set(ids).size === ids.length, 'validation.organizers_distinct');

const audience = z
  .array(audienceLineInput)
  .max(MAX_AUDIENCE_LINES, 'validation.audience_max')
  .superRefine((lines, ctx) => {
    const seen = new Set<string>();
    lines.forEach((l, i) => {
      if (!l.organizationId) return;
      if (seen.has(l.organizationId)) {
        ctx.addIssue({ code: 'custom', path: [i, 'organizationId'], message: 'validation.audience_distinct', input: l.organizationId });
      }
      seen.add(l.organizationId);
    });
  });

const topics = z
  .array(text(80))
  .max(MAX_TOPICS, 'validation.too_many_topics')
  .nullish()
  .transform((t) => t ?? []);

export interface TrainingShape {
  startDate?: string | null;
  endDate?: string | null;
  audience?: readonly LineCounts[] | null;
  roster?: readonly unknown[] | null;
}

function datesInOrder(t: TrainingShape, ctx: Ctx) {
  if (t.startDate && t.endDate && t.endDate < t.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.end_before_start', input: t.endDate });
  }
}

/** With a roster the counts come from it: the audience lines only name the institutions. */
function countsFromRoster(t: TrainingShape, ctx: Ctx) {
  if (!t.roster?.length) return;
  (t.audience ?? []).forEach((l, i) => {
    for (const field of ['women', 'men', 'notRecorded', 'expectedTotal'] as const) {
      if (l[field])
        ctx.addIssue({ code: 'custom', path: ['audience', i, field], message: 'validation.counts_from_roster', input: l[field] });
    }
  });
}

/** Cross-field rules shared by create and (on the record as it will be) update. */
export function checkTrainingRules(t: TrainingShape, ctx: Ctx): void {
  datesInOrder(t, ctx);
  countsFromRoster(t, ctx);
}

const withTrainingRules = <S extends z.ZodType<TrainingShape>>(schema: S) =>
  schema.superRefine(datesInOrder, whenValid('startDate', 'endDate')).superRefine(countsFromRoster, whenValid('audience', 'roster'));

export const createTrainingInput = withTrainingRules(
  z.object({
    id: id.nullish(),
    title: text(300),
    kind: z.enum(TRAINING_KINDS),
    topics,
    startDate: isoDate,
    endDate: isoDate,
    place: placeSchema,
    organizerIds,
    programId: id,
    objectiveCode,
    audience: audience.nullish().transform((a) => a ?? []),
    roster: roster.nullish(),
  }),
) satisfies z.ZodType<CreateTrainingInput>;

export const updateTrainingInput = withTrainingRules(
  z.object({
    id,
    version,
    title: text(300).optional(),
    kind: z.enum(TRAINING_KINDS).optional(),
    topics: z.array(text(80)).max(MAX_TOPICS, 'validation.too_many_topics').optional(),
    startDate: isoDate.optional(),
    endDate: isoDate.optional(),
    place: placeSchema.optional(),
    organizerIds: organizerIds.optional(),
    programId: id.optional(),
    objectiveCode: objectiveCode.optional(),
    audience: audience.optional(),
    roster: roster.nullish(),
  }),
) satisfies z.ZodType<UpdateTrainingInput>;

export type CreateTraining = z.output<typeof createTrainingInput>;
export type UpdateTraining = z.output<typeof updateTrainingInput>;
export type AudienceLine = z.output<typeof audienceLineInput>;
export type RosterEntry = z.output<typeof rosterEntryInput>;

export interface ParticipantCounts {
  women: number;
  men: number;
  notRecorded: number;
  total: number;
}

/** A line's counts with its derived total (the typed `expectedTotal` is checked, never stored). */
export function lineWithTotal<L extends { women?: number | null; men?: number | null; notRecorded?: number | null }>(l: L) {
  const women = l.women ?? 0;
  const men = l.men ?? 0;
  const notRecorded = l.notRecorded ?? 0;
  return { ...l, women, men, notRecorded, total: women + men + notRecorded };
}

/**
 * A training's participants by sex: from the roster when there is one (F, M, X), else the sum of its
 * audience lines. The server stores it; the console shows the same sum as the user types.
 */
export function participantTotals(
  audience: readonly { women?: number | null; men?: number | null; notRecorded?: number | null }[] | null | undefined,
  roster?: readonly { sex?: string | null }[] | null,
): ParticipantCounts {
  const t = { women: 0, men: 0, notRecorded: 0, total: 0 };
  if (roster?.length) {
    for (const p of roster) {
      if (p.sex === 'F') t.women++;
      else if (p.sex === 'M') t.men++;
      else t.notRecorded++;
    }
  } else {
    for (const l of audience ?? []) {
      t.women += Number(l.women) || 0;
      t.men += Number(l.men) || 0;
      t.notRecorded += Number(l.notRecorded) || 0;
    }
  }
  t.total = t.women + t.men + t.notRecorded;
  return t;
}
