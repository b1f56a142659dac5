import { useState } from 'react';
import { Create, SimpleForm, useRedirect } from 'react-admin';
import { createUserInput } from '@ruta/schema/zod/user';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import type { Credentials, UserRecord } from '../../providers/users/userProvider.ts';
import { CredentialsDialog } from './CredentialsDialog.tsx';
import { UserInputs } from './UserInputs.tsx';

const resolver = zodFormResolver(createUserInput);

/** After saving, the temporary password is shown once; closing the dialog opens the new account. */
export const UserCreate = () => {
  const redirect = useRedirect();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const onSuccess = ({ temporaryPassword, ...user }: UserRecord & { temporaryPassword: string | null }) =>
    setCredentials({ user, temporaryPassword });
  return (
    <>
      <Create mutationOptions={{ onSuccess }}>
        <SimpleForm defaultValues={{ role: 'STAFF', programIds: [] }} resolver={resolver}>
          <UserInputs create />
        </SimpleForm>
      </Create>
      <CredentialsDialog
        credentials={credentials}
        reason="created"
        onClose={() => {
          const username = credentials?.user.username;
          setCredentials(null);
          if (username) redirect('show', 'User', username);
        }}
      />
    </>
  );
};
