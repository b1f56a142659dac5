import {
  ChipField,
  DeleteButton,
  EditButton,
  EmailField,
  NumberField,
  Pagination,
  ReferenceManyField,
  SelectField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  ListButton,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { CountryField } from '../../commons/country.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { organizationKinds } from '../../commons/choices.ts';
import { useCanRead } from '../../commons/useRole.ts';

const OrganizationShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

/** The agreements this organization is party to (the API's `organizationId` filter). */
const AgreementsOfOrganization = () => (
  <ReferenceManyField
    label={false}
    reference="PartnerAgreement"
    target="organizationId"
    sort={{ field: 'startDate', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[25]} />}
  >
    <SingleFieldList linkType="show" sx={{ flexWrap: 'wrap', gap: 1 }}>
      <ChipField source="title" />
    </SingleFieldList>
  </ReferenceManyField>
);

export const OrganizationShow = () => {
  const showContact = useCanRead('Organization', 'email');
  return (
    <Show actions={<OrganizationShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="resources.Organization.sections.identity">
          <TextField source="name" />
          <TextField source="acronym" emptyText="—" />
          <SelectField source="kind" choices={organizationKinds} />
          <CountryField source="country" label="resources.Organization.fields.country" />
          <TextField source="province" emptyText="—" />
          <TextField source="city" emptyText="—" />
          {showContact && <TextField source="contactPerson" emptyText="—" />}
          {showContact && <EmailField source="email" emptyText="—" />}
          {showContact && <TextField source="phone" emptyText="—" />}
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <LocaleDateField source="updatedAt" showTime />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="resources.Organization.sections.agreements" path="agreements">
          <NumberField source="agreementCount" />
          <AgreementsOfOrganization />
        </TabbedShowLayout.Tab>
        <HistoryTab entityType="Organization" path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
