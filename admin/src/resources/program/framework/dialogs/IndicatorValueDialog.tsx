import { Typography } from '@mui/material';
import { TextInput, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { indicatorValueInput } from '@ruta/schema/zod/framework';
import { formatIndicatorValue } from '#commons/indicatorValue.ts';
import { LocaleMonthInput } from '#commons/LocaleDateInput.tsx';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { IndicatorRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from '#commons/FormDialog.tsx';
import { UnitValueInput } from './UnitValueInput.tsx';
import { defaultMonth, useMonthReport } from './useMonthReport.ts';

const resolver = zodFormResolver(indicatorValueInput);

/** What is recorded for the chosen month, so the user sees what a save replaces. */
const RecordedValue = ({ indicator }: { indicator: IndicatorRecord }) => {
  const { program } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const period = useWatch({ name: 'period' }) as string | undefined;
  const { data, isPending } = useMonthReport(program.id, period);
  if (!data || isPending) return null;
  const actual = data.rows.flatMap((r) => r.indicators).find((i) => i.indicatorId === indicator.id)?.actual;
  const yesNo: [string, string] = [translate('ruta.framework.yes'), translate('ruta.framework.no')];
  return (
    <Typography variant="body2" color="text.secondary">
      {actual == null
        ? translate('ruta.framework.helper.no_value_yet')
        : translate('ruta.framework.helper.recorded_value', {
            value: formatIndicatorValue(indicator.unit, actual, program.currency, locale, yesNo),
          })}
    </Typography>
  );
};

/** Sets a manual indicator's actual value for one month (counts and money add up over a period; percentages take the latest). */
export const IndicatorValueDialog = ({ open, onClose, indicator }: { open: boolean; onClose: () => void; indicator: IndicatorRecord }) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.set_value"
      defaultValues={{
        indicatorId: indicator.id,
        name: indicator.name,
        period: defaultMonth(program),
        value: null,
        currency: program.currency,
      }}
      resolver={resolver}
      save={(v) => dataProvider.setIndicatorValue({ indicatorId: v.indicatorId, period: v.period, value: v.value })}
      onSaved={refresh}
    >
      <TextInput source="name" label="ruta.framework.fields.indicator" readOnly multiline />
      <LocaleMonthInput source="period" label="ruta.framework.fields.period" isRequired helperText="ruta.framework.helper.period" />
      <RecordedValue indicator={indicator} />
      <UnitValueInput unit={indicator.unit} source="value" label="ruta.framework.fields.value" isRequired />
    </FormDialog>
  );
};
