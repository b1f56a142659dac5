import { Alert, Box, Card, CardContent, CircularProgress, Stack, Typography } from '@mui/material';
import { canCall } from '@ruta/schema/policy';
import { useParams } from 'react-router';
import { Button, Link, Title, useAuthenticated, useCanAccess, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { useRole } from '#commons/useRole.ts';
import type { ProgramRecord } from '#providers/graphql/fragments.ts';
import { ReportButton } from '../ProgramLinks.tsx';
import { BudgetLineTable } from './BudgetLineTable.tsx';
import { BudgetLineDialog } from './dialogs/BudgetLineDialog.tsx';
import { ObjectiveDialog } from './dialogs/ObjectiveDialog.tsx';
import { ExpenditureTable } from './ExpenditureTable.tsx';
import { FrameworkContext, useFramework, type FrameworkState } from './FrameworkContext.tsx';
import { buildTree } from './frameworkTree.ts';
import { ObjectiveTreeNode } from './ObjectiveTreeNode.tsx';
import { useFrameworkData } from './useFrameworkData.ts';
import { useToggle } from './useToggle.ts';

const date = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** Budget lines outside the objectives (the seed's media campaign). */
const OtherCosts = () => {
  const { framework, canEdit } = useFramework();
  const translate = useTranslate();
  const [adding, add, stopAdding] = useToggle();
  const lines = framework.budgetLines.filter((b) => !b.objectiveCode);
  if (!lines.length && !canEdit) return null;
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6">{translate('ruta.framework.other_costs')}</Typography>
        {lines.length > 0 && <BudgetLineTable lines={lines} />}
        {canEdit && <Button label="ruta.framework.actions.add_other_cost" onClick={add} />}
        <BudgetLineDialog open={adding} onClose={stopAdding} objectiveCode={null} />
      </CardContent>
    </Card>
  );
};

const Tree = () => {
  const { framework, canEdit } = useFramework();
  const translate = useTranslate();
  const [adding, add, stopAdding] = useToggle();
  const roots = buildTree(framework);
  if (!roots.length) {
    return (
      <Box>
        <Typography color="text.secondary">{translate('ruta.framework.empty')}</Typography>
        {canEdit && <Button label="ruta.framework.actions.add_overall" onClick={add} />}
        <ObjectiveDialog open={adding} onClose={stopAdding} code="0" />
      </Box>
    );
  }
  return (
    <Box component="ul" role="tree" aria-label={translate('ruta.framework.title')} sx={{ p: 0, m: 0 }}>
      {roots.map((node) => (
        <ObjectiveTreeNode key={node.objective.id} node={node} />
      ))}
    </Box>
  );
};

const Header = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canEdit } = useFramework();
  return (
    <Stack direction="row" alignItems="flex-start" gap={2} sx={{ mb: 2 }} flexWrap="wrap">
      <Box sx={{ flex: 1, minWidth: 300 }}>
        <Typography variant="h5">{program.name}</Typography>
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
 * A program's results framework as a tree. Staff edit it node by node; donors and partners read
 * it; actuals, observations and costs appear for the roles that may read the report.
 */
export const FrameworkPage = () => {
  useAuthenticated();
  const { id = '' } = useParams();
  const translate = useTranslate();
  const role = useRole();
  const { canAccess: canRead, isPending: checking } = useCanAccess({ resource: 'Framework', action: 'show' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'Framework', action: 'edit' });
  const canReadExpenditures = !!role && canCall(role, 'Query', 'expenditures');
  const { data: program, error: programError } = useGetOne<ProgramRecord>('Program', { id }, { enabled: !!canRead });
  const { framework, report, expenditures, refresh } = useFrameworkData(program, canReadExpenditures);

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
  if (!program || !framework.data) return <CircularProgress sx={{ m: 4 }} aria-label={translate('ra.page.loading')} />;

  const may = (mutation: string) => !!role && canCall(role, 'Mutation', mutation);
  const canDelete = { objective: may('deleteObjective'), indicator: may('deleteIndicator'), budgetLine: may('deleteBudgetLine') };
  const state: FrameworkState = { program, framework: framework.data, canEdit: !!canEdit, canDelete, report: report.data, refresh };
  return (
    <FrameworkContext.Provider value={state}>
      <Title title={translate('ruta.framework.page_title', { name: program.name })} />
      <Box sx={{ mt: 2 }}>
        <Header program={program} />
        <Card>
          <CardContent>
            <Typography variant="h6" gutterBottom>
              {translate('ruta.framework.title')}
            </Typography>
            {report.data && (
              <Typography variant="body2" color="text.secondary">
                {translate('ruta.framework.actuals_note')}
              </Typography>
            )}
            <Tree />
          </CardContent>
        </Card>
        <OtherCosts />
        {canReadExpenditures && (
          <Card sx={{ mt: 2 }}>
            <CardContent>
              <Typography variant="h6" gutterBottom>
                {translate('ruta.framework.expenditures')}
              </Typography>
              <ExpenditureTable expenditures={expenditures.data ?? []} />
            </CardContent>
          </Card>
        )}
      </Box>
    </FrameworkContext.Provider>
  );
};
