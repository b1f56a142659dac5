import { useQuery } from '@tanstack/react-query';
import { lastDayOfMonth } from '#commons/months.ts';
import { frameworkKeys } from '#providers/framework/queryKeys.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { ProgramRecord } from '#providers/graphql/fragments.ts';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The report of one month: the API has no read of a single monthly value or observation, but a
 * one-month report holds exactly those, so a dialog can show what is already there before overwriting it.
 */
export function useMonthReport(programId: string, month: string | undefined) {
  const valid = !!month && MONTH.test(month);
  const from = valid ? `${month}-01` : '';
  const to = valid ? lastDayOfMonth(month) : '';
  const dataProvider = useRutaDataProvider();
  return useQuery({
    queryKey: frameworkKeys.report(programId, from, to),
    queryFn: () => dataProvider.resultsReport(programId, from, to).then((r) => r.data),
    enabled: valid,
  });
}

/** The month a new value most likely belongs to: this month, kept inside the program's months. */
export function defaultMonth(program: ProgramRecord): string {
  const now = new Date().toISOString().slice(0, 7);
  const first = program.startDate.slice(0, 7);
  const last = program.endDate.slice(0, 7);
  if (now < first) return first;
  return now > last ? last : now;
}
