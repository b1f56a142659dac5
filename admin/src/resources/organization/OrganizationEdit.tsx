import { Edit, SimpleForm } from 'react-admin';
import { updateOrganizationInput } from '@ruta/schema/zod/organization';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { OrganizationInputs } from './OrganizationInputs.tsx';

const resolver = zodFormResolver(updateOrganizationInput);

/** Pessimistic: the server's field errors and version conflicts must reach the form before leaving it. */
export const OrganizationEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={resolver}>
      <OrganizationInputs />
    </SimpleForm>
  </Edit>
);
