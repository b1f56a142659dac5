import { Datagrid, List, TextField, WrapperField } from 'react-admin';
import { CountryField } from '../../commons/country.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { DonorChips } from './DonorChips.tsx';
import { FrameworkButton, ReportButton } from './ProgramLinks.tsx';
import { programExporter } from './programExport.ts';

/** The API returns a caller's programs whole (donors and partners: theirs); the data provider pages them. */
export const ProgramList = () => (
  <List perPage={25} empty={<ListEmpty readerMessage="resources.Program.empty.reader" />} exporter={programExporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <CountryField source="country" label="resources.Program.fields.country" sortable={false} />
      <DonorChips label="resources.Program.fields.donors" sortable={false} />
      <LocaleDateField source="startDate" sortable={false} />
      <LocaleDateField source="endDate" sortable={false} />
      <MoneyField source="declaredTotal" label="resources.Program.fields.declaredTotal" sortable={false} />
      <WrapperField label={false}>
        <FrameworkButton />
        <ReportButton />
      </WrapperField>
    </Datagrid>
  </List>
);
