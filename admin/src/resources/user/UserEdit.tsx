import { Edit, SimpleForm } from 'react-admin';
import { checkScopedRole, scopedRoleFields, updateUserInput } from '@ruta/schema/zod/user';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { UserInputs } from './UserInputs.tsx';

// The form holds the whole account, so the partner/donor rule the server applies to the result applies here too.
const resolver = zodFormResolver(updateUserInput.superRefine(checkScopedRole, scopedRoleFields));

/** Pessimistic: the server's field errors must reach the form before leaving it. */
export const UserEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={resolver}>
      <UserInputs />
    </SimpleForm>
  </Edit>
);
