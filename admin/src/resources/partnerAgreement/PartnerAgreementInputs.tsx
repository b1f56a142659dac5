import { Divider, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { agreementKinds, agreementStatusesForm } from '../../commons/choices.ts';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { MoneyInput } from '../../commons/MoneyInput.tsx';
import { DuplicateAgreementWarning } from './DuplicateAgreementWarning.tsx';

const byName = (text: string) => ({ q: text });
const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

/** Inputs shared by PartnerAgreementCreate and PartnerAgreementEdit; validation is the form's zod resolver. */
export const PartnerAgreementInputs = () => {
  const translate = useTranslate();
  const section = (key: string) => (
    <Typography variant="h6" sx={{ mt: 1 }}>
      {translate(`resources.PartnerAgreement.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 900 }} gap={1}>
      {section('agreement')}
      <TextInput source="title" isRequired />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <SelectInput source="kind" choices={agreementKinds} isRequired sx={{ flex: 1 }} />
        <SelectInput
          source="status"
          choices={agreementStatusesForm}
          isRequired
          helperText="resources.PartnerAgreement.helper.status"
          sx={{ flex: 1 }}
        />
      </Stack>
      <ReferenceArrayInput source="partyIds" reference="Organization" sort={{ field: 'name', order: 'ASC' }} perPage={25}>
        <AutocompleteArrayInput
          isRequired
          filterToQuery={byName}
          optionText={organizationLabel}
          helperText="resources.PartnerAgreement.helper.partyIds"
        />
      </ReferenceArrayInput>
      <DuplicateAgreementWarning />
      <Divider />
      {section('dates')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <LocaleDateInput source="signedOn" />
        <LocaleDateInput source="startDate" isRequired />
        <LocaleDateInput source="endDate" />
      </Stack>
      <Divider />
      {section('money')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <MoneyInput source="value" helperText="resources.PartnerAgreement.helper.value" />
        <TextInput source="currency" helperText="resources.PartnerAgreement.helper.currency" />
      </Stack>
      <Divider />
      {section('program')}
      <ReferenceInput source="programId" reference="Program">
        <SelectInput optionText="name" />
      </ReferenceInput>
      <TextArrayInput source="objectiveCodes" helperText="resources.PartnerAgreement.helper.objectiveCodes" />
      <TextInput source="purpose" multiline minRows={3} />
    </Stack>
  );
};
