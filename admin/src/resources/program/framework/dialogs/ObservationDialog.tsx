import { useEffect, useRef } from 'react';
import { TextInput } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { observationInput } from '@ruta/schema/zod/framework';
import { LocaleMonthInput } from '#commons/LocaleDateInput.tsx';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from '#commons/FormDialog.tsx';
import { defaultMonth, useMonthReport } from './useMonthReport.ts';

const resolver = zodFormResolver(observationInput);

/**
 * Saving replaces the month's observation, so the text field shows what is already written for the
 * chosen month until the user types. It re-applies itself whenever the text differs: the form resets
 * its values once after mounting, which can land after a cached report filled the field.
 */
const TextForMonth = ({ objectiveCode }: { objectiveCode: string }) => {
  const { program } = useFramework();
  const period = useWatch({ name: 'period' }) as string | undefined;
  const text = useWatch({ name: 'text' }) as string | undefined;
  const { setValue } = useFormContext();
  const { data } = useMonthReport(program.id, period);
  const edited = useRef<string | undefined>(undefined);
  const existing = data?.rows.find((r) => r.code === objectiveCode)?.observations.join('\n\n') ?? '';
  useEffect(() => {
    if (!data || edited.current === period || (text ?? '') === existing) return;
    setValue('text', existing, { shouldDirty: false });
  }, [data, period, text, existing, setValue]);
  // An empty text is meaningful here (it removes the observation): keep '' rather than react-admin's null.
  return (
    <TextInput
      source="text"
      label="ruta.framework.fields.observation"
      multiline
      minRows={4}
      parse={(v: string) => v}
      onChange={() => (edited.current = period)}
      helperText="ruta.framework.helper.observation"
    />
  );
};

/** Writes the observation on an objective for one month; an empty text removes it. */
export const ObservationDialog = ({ open, onClose, objectiveCode }: { open: boolean; onClose: () => void; objectiveCode: string }) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.observation"
      defaultValues={{ programId: program.id, objectiveCode, period: defaultMonth(program), text: '' }}
      resolver={resolver}
      save={(v) =>
        dataProvider.setObservation({ programId: v.programId, objectiveCode: v.objectiveCode, period: v.period, text: v.text ?? '' })
      }
      onSaved={refresh}
    >
      <TextInput source="objectiveCode" label="ruta.framework.fields.objectiveCode" readOnly />
      <LocaleMonthInput source="period" label="ruta.framework.fields.period" isRequired helperText="ruta.framework.helper.period" />
      <TextForMonth objectiveCode={objectiveCode} />
    </FormDialog>
  );
};
