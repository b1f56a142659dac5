import { useState } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { createTrainingInput } from '@ruta/schema/zod/training';
import { newId } from '../../commons/newId.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { trainingInput } from './formValues.ts';
import { TrainingInputs } from './TrainingInputs.tsx';

const resolver = zodFormResolver(createTrainingInput, trainingInput);

export const TrainingCreate = () => {
  // One id per form, so a retried save cannot create the training twice.
  const [id] = useState(newId);
  return (
    <Create redirect="show" transform={trainingInput}>
      <SimpleForm
        defaultValues={{
          id,
          kind: 'WORKSHOP',
          topics: [],
          organizerIds: [],
          place: { country: 'EC', provinceCode: null, cantonCode: null, locality: null },
          audience: [{ organizationId: null, group: '', women: null, men: null, notRecorded: null, expectedTotal: null }],
          roster: [],
        }}
        resolver={resolver}
      >
        <TrainingInputs />
      </SimpleForm>
    </Create>
  );
};
