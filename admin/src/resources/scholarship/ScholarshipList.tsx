import {
  AutocompleteInput,
  CreateButton,
  Datagrid,
  ExportButton,
  List,
  Pagination,
  ReferenceInput,
  SelectField,
  SelectInput,
  TextField,
  TextInput,
  TopToolbar,
  useListContext,
} from 'react-admin';
import { CANTONS } from '@ruta/schema/geo';
import { ImportButton } from '../../commons/csvImport/ImportButton.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { PlaceField } from '../../commons/place/PlaceInputs.tsx';
import { provinceChoices } from '../../commons/place/place.ts';
import { scholarshipStatuses } from './choices.ts';
import { scholarshipExporter } from './scholarshipExport.ts';
import { scholarshipImport } from './scholarshipImport.ts';

const cantonChoices = [...CANTONS].sort((a, b) => a.name.localeCompare(b.name, 'es')).map((c) => ({ id: c.code, name: c.name }));

/**
 * Filters: organization (sponsor or implementer), program (+ objective), province or canton choose
 * the index; status and the award-date range combine with any of them.
 */
const filters = [
  <ReferenceInput key="programId" source="programId" reference="Program" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <TextInput key="objectiveCode" source="objectiveCode" helperText={false} />,
  <ReferenceInput key="organizationId" source="organizationId" reference="Organization" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput filterToQuery={(q: string) => ({ q })} optionText="name" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput key="provinceCode" source="provinceCode" choices={provinceChoices} />,
  <AutocompleteInput key="cantonCode" source="cantonCode" choices={cantonChoices} sx={{ minWidth: 220 }} />,
  <SelectInput key="status" source="status" choices={scholarshipStatuses} />,
  <LocaleDateInput key="awardedFrom" source="awardedFrom" unfinished="none" helperText={false} />,
  <LocaleDateInput key="awardedTo" source="awardedTo" unfinished="none" helperText={false} />,
];

const ScholarshipListActions = () => {
  const { total } = useListContext();
  return (
    <TopToolbar>
      <CreateButton />
      <ImportButton spec={scholarshipImport} />
      <ExportButton disabled={total === 0} />
    </TopToolbar>
  );
};

export const ScholarshipList = () => (
  <List
    filters={filters}
    sort={{ field: 'awardedOn', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    actions={<ScholarshipListActions />}
    empty={<ListEmpty readerMessage="resources.Scholarship.empty.partner" actions={<ImportButton spec={scholarshipImport} />} />}
    exporter={scholarshipExporter}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="beneficiaryCode" sortable={false} />
      <LocaleDateField source="awardedOn" />
      <PlaceField source="place" label="resources.Scholarship.fields.place" sortable={false} />
      <TextField source="sponsor.name" label="resources.Scholarship.fields.sponsor" sortable={false} emptyText="—" />
      <TextField source="implementer.name" label="resources.Scholarship.fields.implementer" sortable={false} emptyText="—" />
      <TextField source="objectiveCode" sortable={false} />
      <SelectField source="status" choices={scholarshipStatuses} sortable={false} />
      <MoneyField source="amount" label="resources.Scholarship.fields.amount" sortable={false} />
    </Datagrid>
  </List>
);
