import {
  DeleteButton,
  EditButton,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { PlaceField } from '../../commons/place/PlaceInputs.tsx';
import { educationLevels, scholarshipGroups, scholarshipStatuses } from './choices.ts';

const ScholarshipShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const ScholarshipShow = () => (
  <Show actions={<ScholarshipShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.Scholarship.sections.scholarship">
        <TextField source="beneficiaryCode" />
        <ReferenceField source="programId" reference="Program" link="show" emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="objectiveCode" />
        <TextField source="sponsor.name" label="resources.Scholarship.fields.sponsor" emptyText="—" />
        <TextField source="implementer.name" label="resources.Scholarship.fields.implementer" emptyText="—" />
        <SelectField source="group" choices={scholarshipGroups} />
        <PlaceField source="place" label="resources.Scholarship.fields.place" />
        <SelectField source="educationLevel" choices={educationLevels} />
        <TextField source="period" />
        <LocaleDateField source="awardedOn" />
        <MoneyField source="amount" label="resources.Scholarship.fields.amount" />
        <SelectField source="status" choices={scholarshipStatuses} />
        <LocaleDateField source="statusDate" emptyText="—" />
        <TextField source="withdrawalReason" emptyText="—" />
      </TabbedShowLayout.Tab>
      <HistoryTab entityType="Scholarship" path="history" />
    </TabbedShowLayout>
  </Show>
);
