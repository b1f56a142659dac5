import { SelectInput, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { createIndicatorInput, updateIndicatorInput } from '@ruta/schema/zod/framework';
import { newId } from '#commons/newId.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { IndicatorRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { indicatorMetrics, indicatorSources, indicatorUnits } from './choices.ts';
import { FormDialog } from '#commons/FormDialog.tsx';
import { UnitValueInput } from './UnitValueInput.tsx';

const createResolver = zodFormResolver(createIndicatorInput);
const updateResolver = zodFormResolver(updateIndicatorInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

/** Target and baseline follow the unit chosen above them. */
const ValueInputs = ({ unit: fixedUnit }: { unit?: string }) => {
  const watched = useWatch({ name: 'unit' }) as string | undefined;
  const unit = fixedUnit ?? watched;
  return (
    <>
      <UnitValueInput unit={unit} source="baseline" label={label('baseline')} />
      <UnitValueInput unit={unit} source="target" label={label('target')} isRequired />
    </>
  );
};

const MetricInput = () => {
  const source = useWatch({ name: 'source' }) as string | undefined;
  if (source !== 'COMPUTED') return null;
  return <SelectInput source="metric" label={label('metric')} choices={indicatorMetrics} isRequired />;
};

interface Props {
  open: boolean;
  onClose: () => void;
  objectiveCode: string;
  indicator?: IndicatorRecord;
}

/** Adds an indicator to an objective or activity, or edits its name, baseline and target (unit and source stay). */
export const IndicatorDialog = ({ open, onClose, objectiveCode, indicator }: Props) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  if (indicator) {
    return (
      <FormDialog
        savedMessage="ruta.framework.saved"
        open={open}
        onClose={onClose}
        title="ruta.framework.dialogs.edit_indicator"
        defaultValues={{
          id: indicator.id,
          version: indicator.version,
          name: indicator.name,
          baseline: indicator.baseline ?? null,
          target: indicator.target,
          currency: program.currency,
        }}
        resolver={updateResolver}
        save={(v) =>
          dataProvider.updateIndicator({
            id: v.id,
            version: v.version,
            name: v.name,
            baseline: v.baseline ?? null,
            target: v.target,
          })
        }
        onSaved={refresh}
      >
        <TextInput source="name" label={label('name')} isRequired />
        <ValueInputs unit={indicator.unit} />
      </FormDialog>
    );
  }
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.add_indicator"
      defaultValues={{
        id: newId(),
        programId: program.id,
        objectiveCode,
        name: '',
        unit: 'PERCENT',
        baseline: null,
        target: 100,
        source: 'MANUAL',
        metric: null,
        currency: program.currency,
      }}
      resolver={createResolver}
      save={(v) =>
        dataProvider.createIndicator({
          id: v.id,
          programId: v.programId,
          objectiveCode: v.objectiveCode,
          name: v.name,
          unit: v.unit,
          baseline: v.baseline ?? null,
          target: v.target,
          source: v.source,
          metric: v.source === 'COMPUTED' ? v.metric : null,
        })
      }
      onSaved={refresh}
    >
      <TextInput source="objectiveCode" label={label('objectiveCode')} readOnly />
      <TextInput source="name" label={label('name')} isRequired />
      <SelectInput source="unit" label={label('unit')} choices={indicatorUnits} isRequired />
      <ValueInputs />
      <SelectInput source="source" label={label('source')} choices={indicatorSources} isRequired />
      <MetricInput />
    </FormDialog>
  );
};
