import { useEffect } from 'react';
import { Edit, SimpleForm, useRecordContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { updateTrainingInput } from '@ruta/schema/zod/training';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import { trainingInput } from './formValues.ts';
import { TrainingInputs } from './TrainingInputs.tsx';

const resolver = zodFormResolver(updateTrainingInput, trainingInput);

/** The roster is not part of the record the list reads: the edit form loads it (only those allowed get it). */
const RosterLoader = () => {
  const record = useRecordContext<{ id: string; rosterSize: number }>();
  const dataProvider = useRutaDataProvider();
  const { setValue } = useFormContext();
  useEffect(() => {
    if (!record?.rosterSize) return;
    let live = true;
    dataProvider.trainingRoster(record.id).then(({ data }) => {
      if (live && data) setValue('roster', data, { shouldDirty: false });
    });
    return () => {
      live = false;
    };
  }, [record?.id, record?.rosterSize, dataProvider, setValue]);
  return null;
};

/** Pessimistic: the server's field errors and version conflicts must reach the form before leaving it. */
export const TrainingEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={trainingInput}>
    <SimpleForm resolver={resolver}>
      <RosterLoader />
      <TrainingInputs />
    </SimpleForm>
  </Edit>
);
