import { Edit, SimpleForm } from 'react-admin';
import { updateProgramInput } from '@ruta/schema/zod/program';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { ProgramInputs } from './ProgramInputs.tsx';

const resolver = zodFormResolver(updateProgramInput);

/** Pessimistic: the server's field errors and version conflicts must reach the form before leaving it. */
export const ProgramEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={resolver}>
      <ProgramInputs edit />
    </SimpleForm>
  </Edit>
);
