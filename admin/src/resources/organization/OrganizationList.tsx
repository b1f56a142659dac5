import {
  CreateButton,
  Datagrid,
  EmailField,
  ExportButton,
  List,
  NumberField,
  Pagination,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  useListContext,
} from 'react-admin';
import { organizationKinds } from '../../commons/choices.ts';
import { ImportButton } from '../../commons/csvImport/ImportButton.tsx';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { SearchFilter } from '../../commons/SearchFilter.tsx';
import { useCanRead } from '../../commons/useRole.ts';
import { organizationExporter } from './organizationExport.ts';
import { organizationImport } from './organizationImport.ts';

// Both filters map to an index (name prefix, kind + name prefix) and combine freely.
const filters = [
  <SearchFilter key="q" source="q" alwaysOn placeholder="resources.Organization.fields.q" />,
  <SelectInput key="kind" source="kind" choices={organizationKinds} alwaysOn />,
];

/** react-admin's default actions (every filter is always on, so no filter button) plus the import. */
const OrganizationListActions = () => {
  const { total } = useListContext();
  return (
    <TopToolbar>
      <CreateButton />
      <ImportButton spec={organizationImport} />
      <ExportButton disabled={total === 0} />
    </TopToolbar>
  );
};

export const OrganizationList = () => {
  const showContact = useCanRead('Organization', 'email');
  return (
    <List
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
      empty={<ListEmpty actions={<ImportButton spec={organizationImport} />} />}
      exporter={organizationExporter}
      actions={<OrganizationListActions />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="acronym" sortable={false} />
        <SelectField source="kind" choices={organizationKinds} sortable={false} />
        <TextField source="city" sortable={false} />
        <TextField source="province" sortable={false} />
        {showContact && <TextField source="contactPerson" sortable={false} />}
        {showContact && <EmailField source="email" sortable={false} />}
        <NumberField source="agreementCount" sortable={false} />
      </Datagrid>
    </List>
  );
};
