import { useState } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { createOrganizationInput } from '@ruta/schema/zod/organization';
import { newId } from '../../commons/newId.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { OrganizationInputs } from './OrganizationInputs.tsx';

const resolver = zodFormResolver(createOrganizationInput);

export const OrganizationCreate = () => {
  // One id per form, so a retried save cannot create the organization twice.
  const [id] = useState(newId);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ id, country: 'EC' }} resolver={resolver}>
        <OrganizationInputs />
      </SimpleForm>
    </Create>
  );
};
