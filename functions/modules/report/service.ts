import { reportPeriodInput } from '@ruta/schema/zod/framework';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { notFound, parseInput } from '#platform/errors';
import { ProgramStat } from '#modules/aggregates/entity';
import { frameworkOf, IndicatorValue, Observation } from '#modules/framework/entity';
import { Program } from '#modules/program/entity';
import { buildReport, type ReportInputs } from '#modules/report/build';

/** Past the last bucket or indicator of a month in key order, so `between` takes whole months. */
const END = '~';

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};

/**
 * Reads what the report of a program's months needs: the program, its framework and the period's
 * aggregates, values and observations — five requests, never the records, so the cost depends on
 * the framework and the number of months, not on how many agreements or expenses there are.
 */
async function readReportInputs(programId: string, fromMonth: string, toMonth: string): Promise<ReportInputs> {
  const [{ data: program }, { data: framework }, { data: stats }, { data: values }, { data: observations }] = await Promise.all([
    Program.get({ id: programId }).go(),
    frameworkOf.collections.framework({ programId }).go({ pages: 'all' }),
    ProgramStat.query
      .byMonth({ programId })
      .between({ month: fromMonth }, { month: `${toMonth}${END}` })
      .go({ pages: 'all' }),
    IndicatorValue.query
      .byPeriod({ programId })
      .between({ period: fromMonth }, { period: `${toMonth}${END}` })
      .go({ pages: 'all' }),
    Observation.query
      .byPeriod({ programId })
      .between({ period: fromMonth }, { period: `${toMonth}${END}` })
      .go({ pages: 'all' }),
  ]);
  if (!program) throw notFound('Program', programId);
  return {
    program,
    objectives: framework.objective,
    indicators: framework.indicator,
    budgetLines: framework.budgetLine,
    stats,
    values,
    observations,
  };
}

/**
 * The results-by-objective report. Aggregates are kept per month, so the period is whole months:
 * the report says which (`from` is the first day of the first month, `to` the last of the last).
 */
export async function resultsReport(ctx: RequestContext, raw: unknown) {
  const { programId, from, to } = parseInput(reportPeriodInput, raw, []);
  assertProgramReach(ctx, 'resultsReport', programId);
  const fromMonth = from.slice(0, 7);
  const toMonth = to.slice(0, 7);
  return buildReport(await readReportInputs(programId, fromMonth, toMonth), `${fromMonth}-01`, lastDayOf(toMonth));
}
