import { Edit, SimpleForm } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { updateScholarshipInput } from '@ruta/schema/zod/scholarship';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { ScholarshipInputs } from './ScholarshipInputs.tsx';

/** Program, beneficiary code and period name the record (its id): shown, not sent. */
const editable = ({ programId: _p, beneficiaryCode: _b, period: _d, sponsor: _s, implementer: _i, ...values }: FieldValues) => values;

const resolver = zodFormResolver(updateScholarshipInput, editable);

/** Pessimistic: the server's field errors and version conflicts must reach the form before leaving it. */
export const ScholarshipEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={editable}>
    <SimpleForm resolver={resolver}>
      <ScholarshipInputs edit />
    </SimpleForm>
  </Edit>
);
