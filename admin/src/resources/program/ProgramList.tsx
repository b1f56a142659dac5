import { Datagrid, List, TextField, WrapperField } from 'react-admin';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { flatExporter } from '../../commons/csv.ts';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { MoneyField } from '../../commons/MoneyField.tsx';
import { toMajor } from '../../commons/money.ts';
import { DonorChips } from './DonorChips.tsx';
import { FrameworkButton, ReportButton } from './ProgramLinks.tsx';

const exporter = flatExporter((p) => ({
  id: p.id,
  name: p.name,
  country: p.country,
  donors: (p.donors as { name: string }[] | undefined)?.map((d) => d.name).join('; ') ?? '',
  implementer: (p.implementer as { name: string } | null | undefined)?.name ?? '',
  agreementReference: p.agreementReference ?? '',
  startDate: p.startDate,
  endDate: p.endDate,
  currency: p.currency,
  declaredTotal: toMajor(p.declaredTotal, p.currency),
  adminFeeRateBps: p.adminFeeRateBps,
}));

/** The API returns a caller's programs whole (donors and partners: theirs); the data provider pages them. */
export const ProgramList = () => (
  <List perPage={25} empty={<ListEmpty readerMessage="resources.Program.empty.reader" />} exporter={exporter}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="name" sortable={false} />
      <TextField source="country" sortable={false} />
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
