import { Divider, Stack, Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  SimpleFormIterator,
  TextArrayInput,
  TextInput,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { PlaceInputs } from '../../commons/place/PlaceInputs.tsx';
import { AudienceGrid } from './AudienceGrid.tsx';
import { participantSexes, trainingKinds } from './choices.ts';

const byName = (text: string) => ({ q: text });
const organizationLabel = (o: { name: string; acronym?: string | null }) => (o.acronym ? `${o.name} (${o.acronym})` : o.name);

/** Inputs shared by TrainingCreate and TrainingEdit; validation is the form's zod resolver. */
export const TrainingInputs = () => {
  const translate = useTranslate();
  const roster = useWatch({ name: 'roster' }) as unknown[] | null | undefined;
  const fromRoster = Array.isArray(roster) && roster.length > 0;
  const section = (key: string) => (
    <Typography variant="h6" component="h2" sx={{ mt: 1 }}>
      {translate(`resources.Training.sections.${key}`)}
    </Typography>
  );
  return (
    <Stack sx={{ width: '100%', maxWidth: 1100 }} gap={1}>
      {section('training')}
      <TextInput source="title" isRequired />
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <SelectInput source="kind" choices={trainingKinds} isRequired sx={{ flex: 1 }} />
        <LocaleDateInput source="startDate" isRequired />
        <LocaleDateInput source="endDate" isRequired />
      </Stack>
      <TextArrayInput source="topics" helperText="resources.Training.helper.topics" />
      <ReferenceArrayInput source="organizerIds" reference="Organization" sort={{ field: 'name', order: 'ASC' }} perPage={25}>
        <AutocompleteArrayInput
          isRequired
          filterToQuery={byName}
          optionText={organizationLabel}
          helperText="resources.Training.helper.organizerIds"
        />
      </ReferenceArrayInput>
      <Divider />
      {section('place')}
      <PlaceInputs source="place" />
      <Divider />
      {section('program')}
      <Stack direction={{ xs: 'column', md: 'row' }} gap={2}>
        <ReferenceInput source="programId" reference="Program">
          <SelectInput optionText="name" isRequired sx={{ flex: 2 }} />
        </ReferenceInput>
        <TextInput source="objectiveCode" isRequired helperText="resources.Training.helper.objectiveCode" sx={{ flex: 1 }} />
      </Stack>
      <Divider />
      {section('audience')}
      <AudienceGrid fromRoster={fromRoster} />
      <Divider />
      {section('roster')}
      <Typography variant="body2" color="text.secondary">
        {translate('resources.Training.helper.roster')}
      </Typography>
      <ArrayInput source="roster" label={false}>
        <SimpleFormIterator inline disableReordering>
          <TextInput source="name" label="resources.Training.fields.name" helperText={false} />
          <SelectInput source="sex" label="resources.Training.fields.sex" choices={participantSexes} helperText={false} />
          <TextInput source="institution" label="resources.Training.fields.institution" helperText={false} />
          <TextInput source="position" label="resources.Training.fields.position" helperText={false} />
          <TextInput source="email" label="resources.Training.fields.email" helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </Stack>
  );
};
