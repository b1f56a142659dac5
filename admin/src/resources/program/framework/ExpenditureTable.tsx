import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import type { ExpenditureRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ActionsHeader, ActionsMenu, type MenuAction } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';

const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/** Correct, history, delete: one menu per expenditure. */
const ExpenditureActions = ({ expenditure, name }: { expenditure: ExpenditureRecord; name: { date: string; amount: string } }) => {
  const translate = useTranslate();
  const { canEdit, canReadHistory } = useFramework();
  const dataProvider = useRutaDataProvider();
  const open = useOpenDialog();
  const actions: MenuAction[] = [];
  if (canEdit)
    actions.push({ label: 'ruta.framework.actions.edit_expenditure', onSelect: (a) => open({ kind: 'expenditure', expenditure }, a) });
  if (canReadHistory)
    actions.push({
      label: 'ruta.framework.actions.history',
      onSelect: (a) =>
        open({ kind: 'history', entityType: 'Expenditure', entityId: expenditure.id, name: `${name.date} · ${name.amount}` }, a),
    });
  if (canEdit)
    actions.push({
      label: 'ruta.framework.actions.delete_expenditure',
      onSelect: (a) =>
        open(
          {
            kind: 'delete',
            title: 'ruta.framework.dialogs.delete_expenditure',
            content: 'ruta.framework.dialogs.delete_expenditure_text',
            onDelete: () => dataProvider.deleteExpenditure(expenditure.id, expenditure.version),
          },
          a,
        ),
    });
  return <ActionsMenu compact label={translate('ruta.framework.actions.expenditure_menu', name)} actions={actions} />;
};

/** What was spent, newest first (program team only: donors see it summed in the report). */
export const ExpenditureTable = ({ expenditures }: { expenditures: ExpenditureRecord[] }) => {
  const { program, framework, canEdit, canReadHistory } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const lines = new Map(framework.budgetLines.map((b) => [b.id, b.label]));
  if (!expenditures.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ruta.framework.no_expenditures')}
      </Typography>
    );
  }
  const head = (key: string) => translate(`ruta.framework.columns.${key}`);
  const hasActions = canEdit || canReadHistory;
  return (
    <Table size="small" aria-label={translate('ruta.framework.expenditures')}>
      <TableHead>
        <TableRow>
          <TableCell>{head('date')}</TableCell>
          <TableCell>{head('budget_line')}</TableCell>
          <TableCell>{head('objective')}</TableCell>
          <TableCell align="right">{head('amount')}</TableCell>
          <TableCell>{head('description')}</TableCell>
          {hasActions && <ActionsHeader />}
        </TableRow>
      </TableHead>
      <TableBody>
        {expenditures.map((e) => {
          const name = { date: date(e.date, locale), amount: formatMoney(e.amount, program.currency, locale) };
          return (
            <TableRow key={e.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{name.date}</TableCell>
              <TableCell>{lines.get(e.budgetLineId) ?? e.budgetLineId}</TableCell>
              <TableCell>{e.objectiveCode ?? '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {name.amount}
              </TableCell>
              <TableCell>{e.description ?? '—'}</TableCell>
              {hasActions && (
                <TableCell align="right">
                  <ExpenditureActions expenditure={e} name={name} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
