import { Divider, Stack, Typography } from '@mui/material';
import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { MoneyInput } from '../../commons/MoneyInput.tsx';
import { PlaceInputs } from '../../commons/place/PlaceInputs.tsx';
import { educationLevels, scholarshipGroups, scholarshipStatuses } from './choices.ts';

const byName = (text: string) => ({ q: text });
const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

/**
 * Inputs of ScholarshipCreate and ScholarshipEdit; validation is the form's zod resolver. Program,
 * beneficiary code and period name the scholarship (its id is derived from them): fixed once created.
 */
export const ScholarshipInputs = ({ edit = false }: { edit?: boolean }) => {
  const translate = useTranslate();
  const status = useWatch({ name: 'status' });
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 1 }}>
      {translate(`resources.Scholarship.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }} gap={1}>
      {section('scholarship')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <ReferenceInput source="programId" reference="Program">
          <SelectInput optionText="name" isRequired disabled={edit} sx={{ flex: 2 }} />
        </ReferenceInput>
        <TextInput source="objectiveCode" isRequired sx={{ flex: 1 }} />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <ReferenceInput source="sponsorId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput isRequired filterToQuery={byName} optionText={organizationLabel} sx={{ flex: 1 }} />
        </ReferenceInput>
        <ReferenceInput source="implementerId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput isRequired filterToQuery={byName} optionText={organizationLabel} sx={{ flex: 1 }} />
        </ReferenceInput>
      </Stack>
      <Divider />
      {section('beneficiary')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput source="beneficiaryCode" isRequired disabled={edit} helperText="resources.Scholarship.helper.beneficiaryCode" />
        <SelectInput source="group" choices={scholarshipGroups} isRequired />
        <SelectInput source="educationLevel" choices={educationLevels} isRequired />
      </Stack>
      <PlaceInputs source="place" />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput source="period" isRequired disabled={edit} helperText="resources.Scholarship.helper.period" />
        <LocaleDateInput source="awardedOn" isRequired />
      </Stack>
      <Divider />
      {section('money')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <MoneyInput source="amount" />
        <TextInput source="currency" isRequired />
      </Stack>
      <Divider />
      {section('status')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <SelectInput source="status" choices={scholarshipStatuses} isRequired />
        <LocaleDateInput source="statusDate" />
      </Stack>
      {status === 'WITHDRAWN' && (
        <TextInput source="withdrawalReason" isRequired multiline helperText="resources.Scholarship.helper.withdrawalReason" />
      )}
    </Stack>
  );
};
