import {
  DeleteButton,
  EditButton,
  Labeled,
  ListButton,
  ReferenceField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextArrayField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { Stack } from '@mui/material';
import { agreementKinds, agreementStatuses } from '../../commons/choices.ts';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { PartyChips } from './PartyChips.tsx';

const PartnerAgreementShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const PartnerAgreementShow = () => (
  <Show actions={<PartnerAgreementShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.PartnerAgreement.sections.agreement">
        <TextField source="title" />
        <Stack direction="row" gap={4}>
          <Labeled>
            <SelectField source="kind" choices={agreementKinds} />
          </Labeled>
          <Labeled>
            <SelectField source="status" choices={agreementStatuses} />
          </Labeled>
        </Stack>
        <PartyChips label="resources.PartnerAgreement.fields.parties" />
        <Stack direction="row" gap={4}>
          <Labeled>
            <LocaleDateField source="signedOn" emptyText="—" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="startDate" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="endDate" emptyText="—" />
          </Labeled>
        </Stack>
        <MoneyField label="resources.PartnerAgreement.fields.value" />
        <ReferenceField source="programId" reference="Program" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <TextArrayField source="objectiveCodes" emptyText="—" />
        <TextField source="purpose" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <HistoryTab entityType="PartnerAgreement" path="history" />
    </TabbedShowLayout>
  </Show>
);
