import { AutocompleteInput, Datagrid, List, Pagination, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { agreementKinds, agreementStatuses } from '../../commons/choices.ts';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { SearchFilter } from '../../commons/SearchFilter.tsx';
import { PartyChips } from './PartyChips.tsx';
import { partnerAgreementExporter } from './partnerAgreementExport.ts';

/**
 * Every filter combines: organization, program, kind, status and the start-date range (one index
 * each, the rest as filters), and the search for any word of the title with all of them. Only a
 * search of stop words alone (de, la…) falls back to the title's start and combines with nothing —
 * the API refuses the mix and the data provider turns that into a notification saying so.
 */
const filters = [
  <SearchFilter key="q" source="q" alwaysOn placeholder="resources.PartnerAgreement.fields.q" />,
  <ReferenceInput key="organizationId" source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} optionText="name" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <ReferenceInput key="programId" source="programId" reference="Program">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={agreementKinds} />,
  <SelectInput key="status" source="status" choices={agreementStatuses} />,
  <LocaleDateInput key="startFrom" source="startFrom" unfinished="none" helperText={false} />,
  <LocaleDateInput key="startTo" source="startTo" unfinished="none" helperText={false} />,
];

export const PartnerAgreementList = () => (
  <List
    filters={filters}
    sort={{ field: 'startDate', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    empty={<ListEmpty readerMessage="resources.PartnerAgreement.empty.partner" />}
    exporter={partnerAgreementExporter}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <SelectField source="kind" choices={agreementKinds} sortable={false} />
      <PartyChips label="resources.PartnerAgreement.fields.parties" sortable={false} />
      <LocaleDateField source="startDate" />
      <LocaleDateField source="endDate" sortable={false} />
      <SelectField source="status" choices={agreementStatuses} sortable={false} />
      <MoneyField label="resources.PartnerAgreement.fields.value" sortable={false} />
    </Datagrid>
  </List>
);
