import {
  ArrayField,
  AutocompleteInput,
  ChipField,
  Datagrid,
  FunctionField,
  List,
  Pagination,
  ReferenceInput,
  SelectField,
  SelectInput,
  SingleFieldList,
  TextField,
  TextInput,
} from 'react-admin';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { ListEmpty } from '../../commons/ListEmpty.tsx';
import { PlaceField } from '../../commons/place/PlaceInputs.tsx';
import { provinceChoices } from '../../commons/place/place.ts';
import type { TrainingFieldsFragment } from '../../graphql/generated/graphql.ts';
import { trainingKinds } from './choices.ts';
import { trainingExporter } from './trainingExport.ts';

/**
 * Every filter combines (one index serves the most selective: organization, program and objective,
 * program, province; the others are filters) with the start-date range; the objective needs the program.
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
  <LocaleDateInput key="startFrom" source="startFrom" unfinished="none" helperText={false} />,
  <LocaleDateInput key="startTo" source="startTo" unfinished="none" helperText={false} />,
];

export const TrainingList = () => (
  <List
    filters={filters}
    sort={{ field: 'startDate', order: 'DESC' }}
    perPage={25}
    pagination={<Pagination rowsPerPageOptions={[10, 25, 50, 100]} />}
    empty={<ListEmpty readerMessage="resources.Training.empty.partner" />}
    exporter={trainingExporter}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="title" />
      <SelectField source="kind" choices={trainingKinds} sortable={false} />
      <LocaleDateField source="startDate" />
      <PlaceField source="place" label="resources.Training.fields.place" sortable={false} />
      <ArrayField source="organizers" sortable={false}>
        <SingleFieldList resource="Organization" linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ArrayField>
      <TextField source="objectiveCode" sortable={false} />
      <FunctionField
        label="resources.Training.fields.totals"
        sortable={false}
        textAlign="right"
        render={(t: TrainingFieldsFragment) => t.totals.total.toLocaleString()}
      />
    </Datagrid>
  </List>
);
