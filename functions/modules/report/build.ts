import type { IndicatorUnit } from '@ruta/schema/generated/types';
import { isWithin, objectiveLevel } from '@ruta/schema/zod/framework';
import { effectiveTerms } from '@ruta/schema/zod/program';
import { METRIC_COUNTERS, type ProgramStatRecord } from '#modules/aggregates/entity';
import { lineBucket } from '#modules/framework/contributions';
import type {
  BudgetLineRecord,
  IndicatorRecord,
  IndicatorValueRecord,
  ObjectiveRecord,
  ObservationRecord,
} from '#modules/framework/entity';
import { compareCodes, scopedId } from '#modules/framework/ids';
import type { ProgramRecord } from '#modules/program/entity';

/** Everything the report is computed from: read in one step, so the computation is pure. */
export interface ReportInputs {
  program: ProgramRecord;
  objectives: ObjectiveRecord[];
  indicators: IndicatorRecord[];
  budgetLines: BudgetLineRecord[];
  /** Aggregates, values and observations of the period's months only. */
  stats: ProgramStatRecord[];
  values: IndicatorValueRecord[];
  observations: ObservationRecord[];
}

/**
 * The admin fee, rounded half up to a minor unit. In BigInt: subtotal × rate passes 2^53 long before the
 * subtotal reaches its ceiling (MONEY_TOTAL_MAX), and a float product would be off by a cent there.
 */
export function feeOf(subtotal: number, rateBps: number): number {
  const product = BigInt(subtotal) * BigInt(rateBps);
  const whole = product / 10_000n;
  return Number(product % 10_000n >= 5_000n ? whole + 1n : whole);
}

/** Percentages and yes/no state where things stand (the latest value); counts and money add up. */
const latestWins = (unit: IndicatorUnit) => unit === 'PERCENT' || unit === 'YES_NO';

/** The results-by-objective report of a period (`from`/`to`: the whole months it covers). */
export function buildReport(
  { program, objectives, indicators, budgetLines, stats, values, observations }: ReportInputs,
  from: string,
  to: string,
) {
  const programId = program.id;
  const sum = (pick: (s: ProgramStatRecord) => number | undefined, within: (bucket: string) => boolean) =>
    stats.reduce((acc, s) => acc + (within(s.bucket) ? (pick(s) ?? 0) : 0), 0);
  const objectiveBucket = (code: string) => (bucket: string) => !bucket.startsWith('line:') && isWithin(bucket, code);

  const actualOf = (indicator: IndicatorRecord): number | null => {
    const within = objectiveBucket(indicator.objectiveCode);
    if (indicator.source === 'COMPUTED') {
      const counter = METRIC_COUNTERS[indicator.metric ?? 'AGREEMENTS_SIGNED'];
      return sum((s) => s[counter], within);
    }
    const id = scopedId(programId, indicator.localId);
    const entered = values.filter((v) => v.indicatorId === id).sort((a, b) => a.period.localeCompare(b.period));
    if (!entered.length) return null;
    return latestWins(indicator.unit) ? entered[entered.length - 1]!.value : entered.reduce((a, v) => a + v.value, 0);
  };

  const rows = [...objectives]
    .sort((a, b) => compareCodes(a.code, b.code))
    .map((o) => ({
      code: o.code,
      level: objectiveLevel(o.code),
      title: o.title,
      indicators: indicators
        .filter((i) => i.objectiveCode === o.code)
        .map((i) => {
          const actual = actualOf(i);
          return {
            indicatorId: scopedId(programId, i.localId),
            name: i.name,
            unit: i.unit,
            target: i.target,
            actual,
            percentAchieved: actual !== null && i.target > 0 ? (actual / i.target) * 100 : null,
          };
        }),
      observations: observations
        .filter((x) => x.objectiveCode === o.code)
        .sort((a, b) => a.period.localeCompare(b.period))
        .map((x) => x.text),
      planned: budgetLines.filter((b) => b.objectiveCode && isWithin(b.objectiveCode, o.code)).reduce((a, b) => a + b.planned, 0),
      cost: sum((s) => s.expenditure, objectiveBucket(o.code)),
      // Partner activity records waiting for review: shown beside the figures, in none of them.
      activitiesPending: sum((s) => s.activitiesPending, objectiveBucket(o.code)),
    }));
  const otherCosts = budgetLines
    .filter((b) => !b.objectiveCode)
    .map((b) => ({
      label: b.label,
      planned: b.planned,
      cost: sum(
        (s) => s.expenditure,
        (bucket) => bucket === lineBucket(scopedId(programId, b.localId)),
      ),
    }));
  const subtotal = sum(
    (s) => s.expenditure,
    () => true,
  );
  const adminFee = feeOf(subtotal, program.adminFeeRateBps);
  const total = subtotal + adminFee;
  const { declaredTotal } = effectiveTerms(program);
  return {
    programId,
    programName: program.name,
    currency: program.currency,
    from,
    to,
    rows,
    otherCosts,
    subtotal,
    adminFeeRateBps: program.adminFeeRateBps,
    adminFee,
    total,
    declaredTotal,
    difference: declaredTotal - total,
  };
}
