import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import type { BudgetLineRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ActionsHeader, ActionsMenu, type MenuAction } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';
import { LightTable } from './LightTable.tsx';

/** Correct the line, record what was spent on it, its history, delete it. */
const LineActions = ({ line }: { line: BudgetLineRecord }) => {
  const translate = useTranslate();
  const { canEdit, canDelete, canReadHistory } = useFramework();
  const dataProvider = useRutaDataProvider();
  const open = useOpenDialog();
  const actions: MenuAction[] = [];
  if (canEdit) {
    actions.push(
      {
        label: 'ruta.framework.actions.edit_budget_line',
        onSelect: (a) => open({ kind: 'budgetLine', objectiveCode: line.objectiveCode ?? null, line }, a),
      },
      { label: 'ruta.framework.actions.record_expenditure', onSelect: (a) => open({ kind: 'expenditure', line }, a) },
    );
  }
  if (canReadHistory)
    actions.push({
      label: 'ruta.framework.actions.history',
      onSelect: (a) => open({ kind: 'history', entityType: 'BudgetLine', entityId: line.id, name: line.label }, a),
    });
  if (canDelete.budgetLine)
    actions.push({
      label: 'ruta.framework.actions.delete_budget_line',
      onSelect: (a) =>
        open(
          {
            kind: 'delete',
            title: 'ruta.framework.dialogs.delete_budget_line',
            content: 'ruta.framework.dialogs.delete_budget_line_text',
            translateOptions: { label: line.label },
            onDelete: () => dataProvider.deleteBudgetLine(line.id, line.version),
          },
          a,
        ),
    });
  return <ActionsMenu compact label={translate('ruta.framework.actions.menu_of', { name: line.label })} actions={actions} />;
};

/** Budget lines with their planned amount; staff record what was spent on each. */
export const BudgetLineTable = memo(({ lines }: { lines: BudgetLineRecord[] }) => {
  const { program, canEdit, canReadHistory } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const hasActions = canEdit || canReadHistory;
  return (
    <LightTable aria-label={translate('ruta.framework.budget_lines')}>
      <thead>
        <tr>
          <th scope="col">{translate('ruta.framework.columns.budget_line')}</th>
          <th scope="col" className="num">
            {translate('ruta.framework.columns.planned')}
          </th>
          {hasActions && <ActionsHeader />}
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.id}>
            <td>{line.label}</td>
            <td className="num">{formatMoney(line.planned, program.currency, locale)}</td>
            {hasActions && (
              <td className="actions">
                <LineActions line={line} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </LightTable>
  );
});
