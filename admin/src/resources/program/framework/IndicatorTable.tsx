import Edit from '@mui/icons-material/Edit';
import EditCalendar from '@mui/icons-material/EditCalendar';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatIndicatorValue, formatPercent } from '#commons/indicatorValue.ts';
import type { IndicatorRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { DeleteButton } from './DeleteButton.tsx';
import { IndicatorDialog } from './dialogs/IndicatorDialog.tsx';
import { IndicatorValueDialog } from './dialogs/IndicatorValueDialog.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useToggle } from './useToggle.ts';

const IndicatorActions = ({ indicator }: { indicator: IndicatorRecord }) => {
  const translate = useTranslate();
  const { canDelete } = useFramework();
  const dataProvider = useRutaDataProvider();
  const [editing, edit, stopEditing] = useToggle();
  const [setting, set, stopSetting] = useToggle();
  return (
    <>
      <Tooltip title={translate('ruta.framework.actions.edit_indicator')}>
        <IconButton size="small" aria-label={translate('ruta.framework.actions.edit_indicator')} onClick={edit}>
          <Edit fontSize="small" />
        </IconButton>
      </Tooltip>
      {/* Computed indicators are counted from records: there is nothing to enter. */}
      {indicator.source === 'MANUAL' && (
        <Tooltip title={translate('ruta.framework.actions.set_value')}>
          <IconButton size="small" aria-label={translate('ruta.framework.actions.set_value')} onClick={set}>
            <EditCalendar fontSize="small" />
          </IconButton>
        </Tooltip>
      )}
      {canDelete.indicator && (
        <DeleteButton
          label="ruta.framework.actions.delete_indicator"
          title="ruta.framework.dialogs.delete_indicator"
          content="ruta.framework.dialogs.delete_indicator_text"
          translateOptions={{ name: indicator.name }}
          onDelete={() => dataProvider.deleteIndicator(indicator.id, indicator.version)}
        />
      )}
      <IndicatorDialog open={editing} onClose={stopEditing} objectiveCode={indicator.objectiveCode} indicator={indicator} />
      {indicator.source === 'MANUAL' && <IndicatorValueDialog open={setting} onClose={stopSetting} indicator={indicator} />}
    </>
  );
};

/** An objective's indicators: unit, baseline, target and — for roles that read the report — the actual over the whole program. */
export const IndicatorTable = ({ indicators }: { indicators: IndicatorRecord[] }) => {
  const { program, report, canEdit } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const yesNo: [string, string] = [translate('ruta.framework.yes'), translate('ruta.framework.no')];
  const actuals = new Map(report?.rows.flatMap((r) => r.indicators).map((i) => [i.indicatorId, i]) ?? []);
  const value = (i: IndicatorRecord, v: number | null | undefined) => formatIndicatorValue(i.unit, v, program.currency, locale, yesNo);
  const head = (key: string) => translate(`ruta.framework.columns.${key}`);
  return (
    <Table size="small" sx={{ my: 1 }} aria-label={translate('ruta.framework.indicators')}>
      <TableHead>
        <TableRow>
          <TableCell>{head('indicator')}</TableCell>
          <TableCell>{head('unit')}</TableCell>
          <TableCell align="right">{head('baseline')}</TableCell>
          <TableCell align="right">{head('target')}</TableCell>
          {report && <TableCell align="right">{head('actual')}</TableCell>}
          {report && <TableCell align="right">{head('achieved')}</TableCell>}
          {canEdit && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {indicators.map((i) => {
          const actual = actuals.get(i.id);
          return (
            <TableRow key={i.id}>
              <TableCell>
                {i.name}
                {i.source === 'COMPUTED' && i.metric && ` (${translate(`ruta.enums.IndicatorMetric.${i.metric}`)})`}
              </TableCell>
              <TableCell>{translate(`ruta.enums.IndicatorUnit.${i.unit}`)}</TableCell>
              <TableCell align="right">{value(i, i.baseline)}</TableCell>
              <TableCell align="right">{value(i, i.target)}</TableCell>
              {report && <TableCell align="right">{value(i, actual?.actual)}</TableCell>}
              {report && <TableCell align="right">{formatPercent(actual?.percentAchieved, locale)}</TableCell>}
              {canEdit && (
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <IndicatorActions indicator={i} />
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
};
