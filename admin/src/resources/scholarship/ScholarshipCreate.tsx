import { Create, SimpleForm } from 'react-admin';
import { createScholarshipInput } from '@ruta/schema/zod/scholarship';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { ScholarshipInputs } from './ScholarshipInputs.tsx';

const resolver = zodFormResolver(createScholarshipInput);

/** The id is derived by the server from program, beneficiary code and period: a retried save never makes two. */
export const ScholarshipCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{ status: 'AWARDED', currency: 'USD', group: 'AT_RISK_YOUTH', place: { country: 'EC' } }}
      resolver={resolver}
    >
      <ScholarshipInputs />
    </SimpleForm>
  </Create>
);
