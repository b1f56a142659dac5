import * as z from 'zod';
import type {
  CreateBudgetLineInput,
  CreateIndicatorInput,
  CreateObjectiveInput,
  IndicatorMetric,
  IndicatorUnit,
  MutationDeleteIndicatorArgs,
  MutationDeleteObjectiveArgs,
  RecordExpenditureInput,
  UpdateBudgetLineInput,
  UpdateExpenditureInput,
  UpdateIndicatorInput,
  UpdateObjectiveInput,
} from '../generated/types.ts';
import {
  id,
  isoDate,
  measure,
  money,
  objectiveCode,
  optionalText,
  period,
  positiveMoney,
  scopedId,
  text,
  textOrEmpty,
  type ValidationKey,
  version,
  whenValid,
} from './common.ts';

export const INDICATOR_UNITS = ['COUNT', 'PERCENT', 'YES_NO', 'CURRENCY'] as const satisfies readonly IndicatorUnit[];
export const INDICATOR_METRICS = [
  'AGREEMENTS_SIGNED',
  'EXPENDITURE',
  'TRAININGS_HELD',
  'PEOPLE_TRAINED',
  'WOMEN_TRAINED',
  'MEN_TRAINED',
  'SCHOLARSHIPS_AWARDED',
  'SCHOLARSHIPS_ACTIVE',
  'VICTIMS_IDENTIFIED',
  'VICTIMS_ASSISTED',
  'VICTIMS_REINTEGRATED',
  'VICTIMS_IN_FORMAL_EDUCATION',
  'VICTIMS_IN_INTERNSHIPS',
  'ACTIVITIES_APPROVED',
  'PEOPLE_REACHED',
  'PEOPLE_REACHED_WOMEN',
  'PEOPLE_REACHED_MEN',
  'ACTIVITIES_TRAINING',
  'ACTIVITIES_AWARENESS_EVENT',
  'ACTIVITIES_DIRECT_ASSISTANCE',
  'ACTIVITIES_COORDINATION_MEETING',
  'ACTIVITIES_PUBLICATION',
  'ACTIVITIES_MEDIA',
  'ACTIVITIES_OTHER',
] as const satisfies readonly IndicatorMetric[];
export const INDICATOR_SOURCES = ['MANUAL', 'COMPUTED'] as const;

export { compareCodes, isWithin, objectiveLevel, parentCode } from '../objectiveCodes.ts';

/** Whether a value is meaningful in a unit: percent 0–100, yes/no 0 or 1, counts and money whole and ≥ 0. */
export function fitsUnit(unit: IndicatorUnit, value: number): boolean {
  if (!Number.isFinite(value) || value < 0) return false;
  if (unit === 'PERCENT') return value <= 100;
  if (unit === 'YES_NO') return value === 0 || value === 1;
  return Number.isInteger(value);
}

/**
 * Why a value does not fit its unit, in the user's terms: a percentage says its range (0–100), a count
 * or an amount that it must be whole and not negative; yes/no keeps the general key.
 */
export function unitProblem(unit: IndicatorUnit, value: number): { key: ValidationKey; params?: Record<string, number> } {
  if (unit === 'PERCENT') return { key: 'validation.percent_range', params: { min: 0, max: 100 } };
  if (unit === 'YES_NO') return { key: 'validation.unit_value' };
  return Number.isFinite(value) && value < 0 ? { key: 'validation.not_negative' } : { key: 'validation.whole_number' };
}

export const createObjectiveInput = z.object({
  id: id.nullish(),
  programId: id,
  code: objectiveCode,
  title: text(500),
  description: optionalText(4000, { multiline: true }),
}) satisfies z.ZodType<CreateObjectiveInput>;

export const updateObjectiveInput = z.object({
  id: scopedId,
  version,
  title: text(500).optional(),
  description: optionalText(4000, { multiline: true }),
}) satisfies z.ZodType<UpdateObjectiveInput>;

export const createIndicatorInput = z
  .object({
    id: id.nullish(),
    programId: id,
    objectiveCode,
    name: text(300),
    unit: z.enum(INDICATOR_UNITS),
    baseline: measure.nullish(),
    target: measure,
    source: z.enum(INDICATOR_SOURCES),
    metric: z.enum(INDICATOR_METRICS).nullish(),
  })
  .superRefine(
    (i, ctx) => {
      for (const field of ['target', 'baseline'] as const) {
        const value = i[field];
        if (value == null || fitsUnit(i.unit, value)) continue;
        const { key, params } = unitProblem(i.unit, value);
        ctx.addIssue({ code: 'custom', path: [field], message: key, input: value, ...(params ? { params } : {}) });
      }
    },
    whenValid('unit', 'target', 'baseline'),
  )
  .superRefine(
    (i, ctx) => {
      if (i.source === 'COMPUTED' && !i.metric)
        ctx.addIssue({ code: 'custom', path: ['metric'], message: 'validation.metric_required', input: i.metric });
    },
    whenValid('source', 'metric'),
  ) satisfies z.ZodType<CreateIndicatorInput>;

export const updateIndicatorInput = z.object({
  id: scopedId,
  version,
  name: text(300).optional(),
  baseline: measure.nullish(),
  target: measure.optional(),
}) satisfies z.ZodType<UpdateIndicatorInput>;

export const indicatorValueInput = z.object({ indicatorId: scopedId, period, value: measure });

export const createBudgetLineInput = z.object({
  id: id.nullish(),
  programId: id,
  objectiveCode: objectiveCode.nullish(),
  label: text(300),
  planned: money,
}) satisfies z.ZodType<CreateBudgetLineInput>;

export const updateBudgetLineInput = z.object({
  id: scopedId,
  version,
  label: text(300).optional(),
  planned: money.optional(),
  objectiveCode: objectiveCode.nullish(),
}) satisfies z.ZodType<UpdateBudgetLineInput>;

/** Deleting an indicator or budget line: which one, and the version the caller read. */
export const deleteFrameworkRecordInput = z.object({ id: scopedId, version }) satisfies z.ZodType<MutationDeleteIndicatorArgs>;

/** An objective is named by its id, or by its program and code as the editor shows it. */
export const deleteObjectiveInput = z
  .object({
    id: scopedId.nullish(),
    programId: id.nullish(),
    code: objectiveCode.nullish(),
    version,
  })
  .superRefine(
    (o, ctx) => {
      if (!o.id && !(o.programId && o.code))
        ctx.addIssue({ code: 'custom', path: ['id'], message: 'validation.objective_ref', input: o.id });
    },
    whenValid('id', 'programId', 'code'),
  ) satisfies z.ZodType<MutationDeleteObjectiveArgs>;

export const recordExpenditureInput = z.object({
  id: id.nullish(),
  budgetLineId: scopedId,
  date: isoDate,
  amount: positiveMoney,
  description: optionalText(1000, { multiline: true }),
}) satisfies z.ZodType<RecordExpenditureInput>;

/** A correction: absent fields stay, an empty description clears it; amount, date and line may not be cleared. */
export const updateExpenditureInput = z.object({
  id: scopedId,
  version,
  budgetLineId: scopedId.optional(),
  date: isoDate.optional(),
  amount: positiveMoney.optional(),
  description: optionalText(1000, { multiline: true }),
}) satisfies z.ZodType<UpdateExpenditureInput>;

/** An empty (or blank) text removes the observation. */
export const observationInput = z.object({ programId: id, objectiveCode, period, text: textOrEmpty(8000, { multiline: true }) });

export const reportPeriodInput = z.object({ programId: id, from: isoDate, to: isoDate }).superRefine(
  (p, ctx) => {
    if (p.to < p.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'validation.to_before_from', input: p.to });
  },
  whenValid('from', 'to'),
);
