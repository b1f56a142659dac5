import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useCanAccess } from 'react-admin';
import { programPeriod } from '#commons/months.ts';
import { frameworkKeys } from '#providers/framework/queryKeys.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { ProgramRecord } from '#providers/graphql/fragments.ts';

/**
 * The framework, plus for roles that may read them the whole-program report (actuals, observations,
 * costs) and the expenditures: partners get the framework alone, as the policy says.
 */
export function useFrameworkData(program: ProgramRecord | undefined, canReadExpenditures: boolean) {
  const queryClient = useQueryClient();
  const dataProvider = useRutaDataProvider();
  const programId = program?.id ?? '';
  const { canAccess: canReadReport } = useCanAccess({ resource: 'ResultsReport', action: 'list' });
  const period = program ? programPeriod(program.startDate, program.endDate) : { from: '', to: '' };

  const framework = useQuery({
    queryKey: frameworkKeys.framework(programId),
    queryFn: () => dataProvider.framework(programId).then((r) => r.data),
    enabled: !!program,
  });
  const report = useQuery({
    queryKey: frameworkKeys.report(programId, period.from, period.to),
    queryFn: () => dataProvider.resultsReport(programId, period.from, period.to).then((r) => r.data),
    enabled: !!program && !!canReadReport,
  });
  const expenditures = useQuery({
    queryKey: frameworkKeys.expenditures(programId),
    queryFn: () => dataProvider.expenditures(programId, period.from, period.to).then((r) => r.data),
    enabled: !!program && canReadExpenditures,
  });

  const refresh = useCallback(() => {
    for (const key of [frameworkKeys.framework(programId), frameworkKeys.reports(programId), frameworkKeys.expenditures(programId)]) {
      void queryClient.invalidateQueries({ queryKey: key });
    }
  }, [queryClient, programId]);

  return { framework, report, expenditures, refresh };
}
