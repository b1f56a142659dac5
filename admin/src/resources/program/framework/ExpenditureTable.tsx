import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import type { ExpenditureRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ActionsHeader, ActionsMenu, type MenuAction } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';
import { LightTable } from './LightTable.tsx';
import { useMountedLater } from './useMountedLater.ts';

const DATES = new Map<string, Intl.DateTimeFormat>();
/** One date format per locale for the page's life: building one costs far more than using it. */
const date = (iso: string, locale: string) => {
  let format = DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    DATES.set(locale, format);
  }
  return format.format(new Date(iso));
};

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
  // A row and a menu per expenditure: after the tree's tables (see useMountedLater).
  const mounted = useMountedLater();
  if (!mounted) return null;
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
    <LightTable aria-label={translate('ruta.framework.expenditures')}>
      <thead>
        <tr>
          <th scope="col">{head('date')}</th>
          <th scope="col">{head('budget_line')}</th>
          <th scope="col">{head('objective')}</th>
          <th scope="col" className="num">
            {head('amount')}
          </th>
          <th scope="col">{head('description')}</th>
          {hasActions && <ActionsHeader />}
        </tr>
      </thead>
      <tbody>
        {expenditures.map((e) => {
          const name = { date: date(e.date, locale), amount: formatMoney(e.amount, program.currency, locale) };
          return (
            <tr key={e.id}>
              <td style={{ whiteSpace: 'nowrap' }}>{name.date}</td>
              <td>{lines.get(e.budgetLineId) ?? e.budgetLineId}</td>
              <td>{e.objectiveCode ?? '—'}</td>
              <td className="num">{name.amount}</td>
              <td>{e.description ?? '—'}</td>
              {hasActions && (
                <td className="actions">
                  <ExpenditureActions expenditure={e} name={name} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </LightTable>
  );
};
