import { Divider, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { CountryInput } from '../../commons/country.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { MoneyInput } from '../../commons/MoneyInput.tsx';
import { RateBpsInput } from '../../commons/RateBpsInput.tsx';

const byName = (text: string) => ({ q: text });
const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

/**
 * Inputs shared by ProgramCreate and ProgramEdit; validation is the form's zod resolver. Country,
 * currency and implementer are fixed once the program exists (UpdateProgramInput has no such field):
 * every amount and report depends on them.
 */
export const ProgramInputs = ({ edit = false }: { edit?: boolean }) => {
  const translate = useTranslate();
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 1 }}>
      {translate(`resources.Program.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 960 }} gap={1}>
      {section('program')}
      <TextInput source="name" isRequired />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput source="agreementReference" sx={{ flex: 2 }} />
        <CountryInput source="country" isRequired readOnly={edit} helperText="resources.Program.helper.country" sx={{ flex: 1 }} />
      </Stack>
      <ReferenceInput source="implementerId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput isRequired readOnly={edit} filterToQuery={byName} optionText={organizationLabel} />
      </ReferenceInput>
      <ReferenceArrayInput source="donorIds" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput
          isRequired
          filterToQuery={byName}
          optionText={organizationLabel}
          helperText="resources.Program.helper.donorIds"
        />
      </ReferenceArrayInput>
      <Divider />
      {section('terms')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <LocaleDateInput source="startDate" isRequired />
        <LocaleDateInput source="originalEndDate" isRequired helperText="resources.Program.helper.originalEndDate" />
      </Stack>
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <TextInput source="currency" isRequired readOnly={edit} helperText="resources.Program.helper.currency" />
        <MoneyInput source="originalDeclaredTotal" isRequired helperText="resources.Program.helper.money" />
        <RateBpsInput source="adminFeeRateBps" isRequired helperText="resources.Program.helper.adminFeeRateBps" />
      </Stack>
      <Divider />
      {section('modifications')}
      <ArrayInput source="modifications" label={false} helperText="resources.Program.helper.modifications">
        <SimpleFormIterator inline disableReordering>
          <NumberInput source="number" label="resources.Program.fields.modification.number" sx={{ width: 90 }} />
          <LocaleDateInput source="date" label="resources.Program.fields.modification.date" />
          <TextInput
            source="description"
            label="resources.Program.fields.modification.description"
            multiline
            sx={{ minWidth: { md: 380 } }}
          />
          <LocaleDateInput source="newEndDate" label="resources.Program.fields.modification.newEndDate" />
          <MoneyInput source="newDeclaredTotal" label="resources.Program.fields.modification.newDeclaredTotal" />
        </SimpleFormIterator>
      </ArrayInput>
    </Stack>
  );
};
