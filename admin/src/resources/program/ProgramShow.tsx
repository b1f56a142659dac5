import { Stack } from '@mui/material';
import {
  EditButton,
  FunctionField,
  Labeled,
  ListButton,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  useLocaleState,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { CountryField } from '../../commons/country.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { formatRateBps } from '../../commons/RateBpsInput.tsx';
import type { ProgramRecord } from '../../providers/graphql/fragments.ts';
import { HtcdsExportButton } from '../htcdsExport/HtcdsExportButton.tsx';
import { DonorChips } from './DonorChips.tsx';
import { ModificationsTable } from './ModificationsTable.tsx';
import { FrameworkButton, ReportButton } from './ProgramLinks.tsx';
import { ProgramStatisticsK } from './ProgramStatisticsK.tsx';

const ProgramShowActions = () => (
  <TopToolbar>
    <ListButton />
    <FrameworkButton />
    <ReportButton />
    <HtcdsExportButton />
    <EditButton />
  </TopToolbar>
);

const FeeRate = (_props: { label?: string }) => {
  const [locale] = useLocaleState();
  return <FunctionField<ProgramRecord> render={(p) => formatRateBps(p.adminFeeRateBps, locale)} />;
};

/** The award as it stands after its modifications, with the original terms beside it. */
export const ProgramShow = () => (
  <Show actions={<ProgramShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.Program.sections.program">
        <TextField source="name" />
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled>
            <TextField source="agreementReference" emptyText="—" />
          </Labeled>
          <Labeled label="resources.Program.fields.country">
            <CountryField />
          </Labeled>
          <Labeled>
            <ReferenceField source="implementerId" reference="Organization" link="show">
              <TextField source="name" />
            </ReferenceField>
          </Labeled>
          <Labeled label="resources.Program.fields.donors">
            <DonorChips />
          </Labeled>
        </Stack>
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled>
            <LocaleDateField source="startDate" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="originalEndDate" />
          </Labeled>
          <Labeled>
            <LocaleDateField source="endDate" />
          </Labeled>
        </Stack>
        <Stack direction="row" gap={4} flexWrap="wrap">
          <Labeled label="resources.Program.fields.originalDeclaredTotal">
            <MoneyField source="originalDeclaredTotal" />
          </Labeled>
          <Labeled label="resources.Program.fields.declaredTotal">
            <MoneyField source="declaredTotal" />
          </Labeled>
          <Labeled label="resources.Program.fields.adminFeeRateBps">
            <FeeRate />
          </Labeled>
        </Stack>
        <Labeled label="resources.Program.fields.modifications" fullWidth>
          <ModificationsTable />
        </Labeled>
        <ProgramStatisticsK />
        <LocaleDateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <HistoryTab entityType="Program" path="history" />
    </TabbedShowLayout>
  </Show>
);
