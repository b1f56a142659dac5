import { Divider, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { isScopedRole, roleChoices } from './roles.ts';

/** Organization names start with what the admin types (the organizations' name index). */
const byName = (q: string) => ({ q });

/** Inputs shared by UserCreate and UserEdit; validation is the form's zod resolver. */
export const UserInputs = ({ create = false }: { create?: boolean }) => {
  const translate = useTranslate();
  const scoped = isScopedRole(useWatch({ name: 'role' }));
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 1 }}>
      {translate(`resources.User.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }} gap={1}>
      {section('account')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput
          source="username"
          isRequired={create}
          disabled={!create}
          helperText={create ? 'resources.User.helper.username' : false}
          autoComplete="off"
          sx={{ flex: 1 }}
        />
        <TextInput source="displayName" isRequired sx={{ flex: 2 }} />
      </Stack>
      <TextInput
        source="email"
        autoComplete="email"
        slotProps={{ htmlInput: { inputMode: 'email' } }}
        helperText="resources.User.helper.email"
        sx={{ maxWidth: 500 }}
      />
      <Divider />
      {section('scope')}
      <SelectInput source="role" choices={roleChoices} isRequired sx={{ maxWidth: 400 }} />
      <ReferenceInput source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput
          optionText="name"
          filterToQuery={byName}
          isRequired={scoped}
          helperText="resources.User.helper.organizationId"
          sx={{ maxWidth: 500 }}
        />
      </ReferenceInput>
      <ReferenceArrayInput source="programIds" reference="Program">
        <AutocompleteArrayInput optionText="name" isRequired={scoped} helperText="resources.User.helper.programIds" />
      </ReferenceArrayInput>
    </Stack>
  );
};
