import { reportPeriodInput, isWithin, objectiveLevel } from '@ruta/schema/zod/framework';
import { effectiveTerms } from '@ruta/schema/zod/program';
import type { IndicatorUnit } from '@ruta/schema/generated/types';
import type { RequestContext } from '#platform/context';
import { notFound, parseInput } from '#platform/errors';
import { store } from '#modules/store';
import { IndicatorValue, Observation, type IndicatorRecord } from '#modules/framework/entity';
import { compareCodes, scopedId } from '#modules/framework/ids';
import { assertProgramAccess } from '#modules/program/access';
import { Program } from '#modules/program/entity';
import { ProgramStat, type ProgramStatRecord } from '#modules/report/entity';
import { lineBucket } from '#modules/report/deltas';

/** Past the last bucket or indicator of a month in key order, so `between` takes whole months. */
const END = '~';

/**
 * The results-by-objective report for whole months from..to. It reads the program, its framework
 * and the aggregates of the period — never the records — so its cost depends on the framework and
 * the number of months, not on how many agreements or expenses there are.
 */
export async function resultsReport(ctx: RequestContext, raw: unknown) {
  const { programId, from, to } = parseInput(reportPeriodInput, raw, []);
  assertProgramAccess(ctx, 'resultsReport', programId);
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  const [{ data: program }, { data: framework }, { data: stats }, { data: values }, { data: observations }] = await Promise.all([
    Program.get({ id: programId }).go(),
    store.collections.framework({ programId }).go({ pages: 'all' }),
    ProgramStat.query.byMonth({ programId }).between({ month: fromMonth }, { month: `${toMonth}${END}` }).go({ pages: 'all' }),
    IndicatorValue.query.byPeriod({ programId }).between({ period: fromMonth }, { period: `${toMonth}${END}` }).go({ pages: 'all' }),
    Observation.query.byPeriod({ programId }).between({ period: fromMonth }, { period: `${toMonth}${END}` }).go({ pages: 'all' }),
  ]);
  if (!program) throw notFound('Program', programId);

  const sum = (pick: (s: ProgramStatRecord) => number | undefined, within: (bucket: string) => boolean) =>
    stats.reduce((acc, s) => acc + (within(s.bucket) ? (pick(s) ?? 0) : 0), 0);
  const objectiveBucket = (code: string) => (bucket: string) => !bucket.startsWith('line:') && isWithin(bucket, code);

  const actualOf = (indicator: IndicatorRecord): number | null => {
    const within = objectiveBucket(indicator.objectiveCode);
    if (indicator.source === 'COMPUTED') {
      return indicator.metric === 'EXPENDITURE' ? sum((s) => s.expenditure, within) : sum((s) => s.agreementsSigned, within);
    }
    const entered = values
      .filter((v) => v.indicatorId === scopedId(programId, indicator.localId))
      .sort((a, b) => a.period.localeCompare(b.period));
    if (!entered.length) return null;
    return latestWins(indicator.unit) ? entered[entered.length - 1]!.value : entered.reduce((a, v) => a + v.value, 0);
  };

  const rows = [...framework.objective].sort((a, b) => compareCodes(a.code, b.code)).map((o) => ({
    code: o.code,
    level: objectiveLevel(o.code),
    title: o.title,
    indicators: framework.indicator
      .filter((i) => i.objectiveCode === o.code)
      .map((i) => {
        const actual = actualOf(i);
        return {
          indicatorId: scopedId(programId, i.localId), name: i.name, unit: i.unit, target: i.target, actual,
          percentAchieved: actual !== null && i.target > 0 ? (actual / i.target) * 100 : null,
        };
      }),
    observations: observations.filter((x) => x.objectiveCode === o.code).sort((a, b) => a.period.localeCompare(b.period)).map((x) => x.text),
    planned: framework.budgetLine.filter((b) => b.objectiveCode && isWithin(b.objectiveCode, o.code)).reduce((a, b) => a + b.planned, 0),
    cost: sum((s) => s.expenditure, objectiveBucket(o.code)),
  }));
  const otherCosts = framework.budgetLine.filter((b) => !b.objectiveCode).map((b) => ({
    label: b.label,
    planned: b.planned,
    cost: sum((s) => s.expenditure, (bucket) => bucket === lineBucket(scopedId(programId, b.localId))),
  }));
  const subtotal = sum((s) => s.expenditure, () => true);
  const adminFee = Math.round((subtotal * program.adminFeeRateBps) / 10_000);
  const total = subtotal + adminFee;
  const { declaredTotal } = effectiveTerms(program);
  return {
    programId, programName: program.name, currency: program.currency, from, to, rows, otherCosts,
    subtotal, adminFeeRateBps: program.adminFeeRateBps, adminFee, total, declaredTotal, difference: declaredTotal - total,
  };
}

/** Percentages and yes/no state where things stand (the latest value); counts and money add up. */
const latestWins = (unit: IndicatorUnit) => unit === 'PERCENT' || unit === 'YES_NO';
