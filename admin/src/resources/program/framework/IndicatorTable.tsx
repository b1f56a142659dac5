import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatIndicatorValue, formatPercent } from '#commons/indicatorValue.ts';
import type { IndicatorRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ActionsHeader, ActionsMenu, type MenuAction } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';
import { LightTable } from './LightTable.tsx';

/** Edit, enter a month's value (manual indicators only: computed ones are counted from records), history, delete. */
const IndicatorActions = ({ indicator }: { indicator: IndicatorRecord }) => {
  const translate = useTranslate();
  const { canEdit, canDelete, canReadHistory } = useFramework();
  const dataProvider = useRutaDataProvider();
  const open = useOpenDialog();
  const actions: MenuAction[] = [];
  if (canEdit) {
    actions.push({
      label: 'ruta.framework.actions.edit_indicator',
      onSelect: (a) => open({ kind: 'indicator', objectiveCode: indicator.objectiveCode, indicator }, a),
    });
    if (indicator.source === 'MANUAL')
      actions.push({ label: 'ruta.framework.actions.set_value', onSelect: (a) => open({ kind: 'indicatorValue', indicator }, a) });
  }
  if (canReadHistory)
    actions.push({
      label: 'ruta.framework.actions.history',
      onSelect: (a) => open({ kind: 'history', entityType: 'Indicator', entityId: indicator.id, name: indicator.name }, a),
    });
  if (canDelete.indicator)
    actions.push({
      label: 'ruta.framework.actions.delete_indicator',
      onSelect: (a) =>
        open(
          {
            kind: 'delete',
            title: 'ruta.framework.dialogs.delete_indicator',
            content: 'ruta.framework.dialogs.delete_indicator_text',
            translateOptions: { name: indicator.name },
            onDelete: () => dataProvider.deleteIndicator(indicator.id, indicator.version),
          },
          a,
        ),
    });
  return <ActionsMenu compact label={translate('ruta.framework.actions.menu_of', { name: indicator.name })} actions={actions} />;
};

/** An objective's indicators: unit, baseline, target and — for roles that read the report — the actual over the whole program. */
export const IndicatorTable = memo(({ indicators }: { indicators: IndicatorRecord[] }) => {
  const { program, report, actuals, canEdit, canReadHistory } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const yesNo: [string, string] = [translate('ruta.framework.yes'), translate('ruta.framework.no')];
  const value = (i: IndicatorRecord, v: number | null | undefined) => formatIndicatorValue(i.unit, v, program.currency, locale, yesNo);
  const head = (key: string) => translate(`ruta.framework.columns.${key}`);
  const hasActions = canEdit || canReadHistory;
  return (
    <LightTable aria-label={translate('ruta.framework.indicators')}>
      <thead>
        <tr>
          <th scope="col">{head('indicator')}</th>
          <th scope="col">{head('unit')}</th>
          <th scope="col" className="num">
            {head('baseline')}
          </th>
          <th scope="col" className="num">
            {head('target')}
          </th>
          {report && (
            <th scope="col" className="num">
              {head('actual')}
            </th>
          )}
          {report && (
            <th scope="col" className="num">
              {head('achieved')}
            </th>
          )}
          {hasActions && <ActionsHeader />}
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => {
          const actual = actuals.get(i.id);
          return (
            <tr key={i.id}>
              <td>
                {i.name}
                {i.source === 'COMPUTED' && i.metric && ` (${translate(`ruta.enums.IndicatorMetric.${i.metric}`)})`}
              </td>
              <td>{translate(`ruta.enums.IndicatorUnit.${i.unit}`)}</td>
              <td className="num">{value(i, i.baseline)}</td>
              <td className="num">{value(i, i.target)}</td>
              {report && <td className="num">{value(i, actual?.actual)}</td>}
              {report && <td className="num">{formatPercent(actual?.percentAchieved, locale)}</td>}
              {hasActions && (
                <td className="actions">
                  <IndicatorActions indicator={i} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </LightTable>
  );
});
