import { Divider, Stack, Typography } from '@mui/material';
import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { organizationKinds } from '../../commons/choices.ts';
import { CountryInput } from '../../commons/country.tsx';
import { useCanRead } from '../../commons/useRole.ts';
import { DuplicateNameWarning } from './DuplicateNameWarning.tsx';

/** Inputs shared by OrganizationCreate and OrganizationEdit; validation is the form's zod resolver. */
export const OrganizationInputs = () => {
  const translate = useTranslate();
  const showContact = useCanRead('Organization', 'email');
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 1 }}>
      {translate(`resources.Organization.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }} gap={1}>
      {section('identity')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput source="name" isRequired sx={{ flex: 3 }} />
        <TextInput source="acronym" sx={{ flex: 1 }} />
      </Stack>
      <DuplicateNameWarning />
      <SelectInput source="kind" choices={organizationKinds} isRequired sx={{ maxWidth: 400 }} />
      <Divider />
      {section('location')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <CountryInput source="country" isRequired helperText="resources.Organization.helper.country" sx={{ flex: 1 }} />
        <TextInput source="province" sx={{ flex: 2 }} />
        <TextInput source="city" sx={{ flex: 2 }} />
      </Stack>
      {showContact && (
        <>
          <Divider />
          {section('contact')}
          <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
            <TextInput source="contactPerson" sx={{ flex: 2 }} />
            <TextInput source="email" autoComplete="email" slotProps={{ htmlInput: { inputMode: 'email' } }} sx={{ flex: 2 }} />
            <TextInput source="phone" sx={{ flex: 1 }} />
          </Stack>
        </>
      )}
      <Divider />
      <TextInput source="notes" multiline minRows={3} />
    </Stack>
  );
};
