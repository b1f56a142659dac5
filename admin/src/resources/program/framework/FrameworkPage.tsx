import { Alert, Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { canCall } from '@ruta/schema/policy';
import { memo, useDeferredValue, useMemo, useRef } from 'react';
import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Link, Title, useAuthenticated, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { useCanReadHistory } from '#commons/history/HistoryTab.tsx';
import { formatMoney } from '#commons/money.ts';
import { useRole } from '#commons/useRole.ts';
import { frameworkKeys } from '#providers/framework/queryKeys.ts';
import type { ProgramRecord } from '#providers/graphql/fragments.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ReportButton } from '../ProgramLinks.tsx';
import { BudgetLineTable } from './BudgetLineTable.tsx';
import { ExpenditureTable } from './ExpenditureTable.tsx';
import { FrameworkContext, useFramework, type FrameworkState } from './FrameworkContext.tsx';
import { FrameworkDialogs, useOpenDialog } from './FrameworkDialogs.tsx';
import { objectiveFigures } from './frameworkTree.ts';
import { ObjectiveTree } from './ObjectiveTree.tsx';
import { ProgramTotals } from './ProgramTotals.tsx';
import { useFrameworkData } from './useFrameworkData.ts';
import { useMountedLater } from './useMountedLater.ts';

const DATES = new Map<string, Intl.DateTimeFormat>();
/** One long-date format per locale for the page's life: building one costs far more than using it. */
const date = (iso: string, locale: string) => {
  let format = DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    DATES.set(locale, format);
  }
  return format.format(new Date(iso));
};

/** Budget lines outside the objectives (the seed's media campaign). */
const OtherCosts = memo(() => {
  const { framework, canEdit } = useFramework();
  const translate = useTranslate();
  const open = useOpenDialog();
  const lines = useMemo(() => framework.budgetLines.filter((b) => !b.objectiveCode), [framework]);
  // After the tree's tables (see useMountedLater).
  const mounted = useMountedLater();
  if (!mounted || (!lines.length && !canEdit)) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2">
          {translate('ruta.framework.other_costs')}
        </Typography>
        {lines.length > 0 && <BudgetLineTable lines={lines} />}
        {canEdit && (
          <Button
            label="ruta.framework.actions.add_other_cost"
            onClick={(e) => open({ kind: 'budgetLine', objectiveCode: null }, e.currentTarget)}
          />
        )}
      </CardContent>
    </Card>
  );
});

const Header = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canEdit } = useFramework();
  return (
    <Stack direction="row" alignItems="flex-start" gap={2} sx={{ mb: 2 }} flexWrap="wrap">
      <Box sx={{ flex: 1, minWidth: 300 }}>
        <Typography variant="h5" component="h2">
          {program.name}
        </Typography>
        <Typography color="text.secondary">
          {date(program.startDate, locale)} – {date(program.endDate, locale)} ·{' '}
          {translate('ruta.framework.declared', { amount: formatMoney(program.declaredTotal, program.currency, locale) })}
        </Typography>
        {!canEdit && (
          <Typography variant="body2" color="text.secondary">
            {translate('ruta.framework.read_only')}
          </Typography>
        )}
      </Box>
      <Button component={Link} to={`/Program/${encodeURIComponent(program.id)}/show`} label="ruta.framework.back_to_program" />
      <ReportButton programId={program.id} />
    </Stack>
  );
};

/**
 * A program's results framework as a tree. Staff edit it node by node through each node's and row's
 * actions menu; donors and partners read it; actuals, observations and costs appear for the roles
 * that may read the report, and the program's total as the report counts it.
 */
export const FrameworkPage = () => {
  useAuthenticated();
  const { id = '' } = useParams();
  const translate = useTranslate();
  const role = useRole();
  const canReadHistory = useCanReadHistory();
  const { canAccess: canRead, isPending: checking } = useCanAccess({ resource: 'Framework', action: 'show' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'Framework', action: 'edit' });
  const canReadExpenditures = !!role && canCall(role, 'Query', 'expenditures');
  const dataProvider = useRutaDataProvider();
  // A typed read, not react-admin's getOne: the page then never loads the CRUD layer (providers/lazyDataProvider.ts).
  const { data: program, error: programError } = useQuery({
    queryKey: frameworkKeys.program(id),
    queryFn: () => dataProvider.reportProgram(id).then((r) => r.data),
    enabled: !!canRead,
  });
  const { framework, report, expenditures, refresh } = useFrameworkData(program, canReadExpenditures);

  // One value for the page's context, rebuilt only when the data or the role changes: every node reads it.
  const state = useMemo<FrameworkState | null>(() => {
    if (!program || !framework.data) return null;
    const may = (mutation: string) => !!role && canCall(role, 'Mutation', mutation);
    const rows = report.data?.rows ?? [];
    return {
      program,
      framework: framework.data,
      canEdit: !!canEdit,
      canDelete: { objective: may('deleteObjective'), indicator: may('deleteIndicator'), budgetLine: may('deleteBudgetLine') },
      canReadHistory,
      report: report.data,
      figures: objectiveFigures(framework.data, report.data),
      actuals: new Map(rows.flatMap((r) => r.indicators).map((i) => [i.indicatorId, i])),
      observations: new Map(rows.map((r) => [r.code, r.observations])),
      refresh,
    };
  }, [program, framework.data, report.data, canEdit, canReadHistory, role, refresh]);

  // The tree waits for the report when it is on its way: rendering every node without, then again with it, doubled the work.
  const reportComing = report.isPending && report.fetchStatus === 'fetching';
  const view = useMemo(
    () => (state && !reportComing ? { state, expenditures: expenditures.data ?? [] } : null),
    [state, reportComing, expenditures.data],
  );
  // After a change the three queries refetch and answer one by one: the page keeps what it shows until
  // they all have, so an expenditure never appears before its objective's executed figure has moved.
  const settled = useRef(view);
  if (!(framework.isFetching || report.isFetching || expenditures.isFetching) || !settled.current) settled.current = view;
  // Drawn from a deferred copy: the data arrives through react-query's external store, whose updates
  // React renders synchronously — the whole page in one long task. The deferred render is sliced
  // (a transition), the spinner staying until it commits (issue 14, TBT).
  const shown = useDeferredValue(settled.current);

  const error = programError ?? framework.error;
  if (!checking && !canRead)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('ruta.errors.FORBIDDEN')}
      </Alert>
    );
  if (error)
    return (
      <Alert severity="error" sx={{ mt: 2 }}>
        {translate((error as Error).message || 'ruta.errors.INTERNAL_SERVER_ERROR')}
      </Alert>
    );
  if (!shown) return <CircularProgress sx={{ m: 4 }} aria-label={translate('ra.page.loading')} />;

  return (
    <FrameworkContext.Provider value={shown.state}>
      <FrameworkDialogs>
        <Title title={translate('ruta.framework.page_title', { name: shown.state.program.name })} />
        <Box sx={{ mt: 2 }}>
          <Header program={shown.state.program} />
          <Card sx={{ mb: 2 }} component="section" aria-labelledby="framework-totals-title">
            <CardContent>
              <Typography id="framework-totals-title" variant="h6" component="h2" gutterBottom>
                {translate('ruta.framework.totals.title')}
              </Typography>
              <ProgramTotals />
            </CardContent>
          </Card>
          <Card>
            <CardContent>
              <Typography variant="h6" component="h2" gutterBottom>
                {translate('ruta.framework.title')}
              </Typography>
              {shown.state.report && (
                <Typography variant="body2" color="text.secondary">
                  {translate('ruta.framework.actuals_note')}
                </Typography>
              )}
              <ObjectiveTree />
            </CardContent>
          </Card>
          <OtherCosts />
          {canReadExpenditures && (
            <Card sx={{ mt: 2 }}>
              <CardContent>
                <Typography variant="h6" component="h2" gutterBottom>
                  {translate('ruta.framework.expenditures')}
                </Typography>
                <ExpenditureTable expenditures={shown.expenditures} />
              </CardContent>
            </Card>
          )}
        </Box>
      </FrameworkDialogs>
    </FrameworkContext.Provider>
  );
};
