import {
  ChipField,
  CreateButton,
  Datagrid,
  ExportButton,
  List,
  Pagination,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  SingleFieldList,
  TextField,
  TopToolbar,
} from 'react-admin';
import { roleChoices } from './roles.ts';
import { USER_EXPORT_PAGE, userExporter } from './userExport.ts';
import { UserStatusField } from './UserStatusField.tsx';

/** The export asks the API for one page of accounts (its limit); the exporter reads the others. */
const UserListActions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton maxResults={USER_EXPORT_PAGE} />
  </TopToolbar>
);

/** Cognito and the local table list users by username only: no filters, no other order. */
export const UserList = () => (
  <List
    sort={{ field: 'username', order: 'ASC' }}
    perPage={25}
    exporter={userExporter}
    actions={<UserListActions />}
    pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}
  >
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <TextField source="username" sortable={false} />
      <TextField source="displayName" sortable={false} />
      <SelectField source="role" choices={roleChoices} sortable={false} />
      <ReferenceField source="organizationId" reference="Organization" link={false} sortable={false} emptyText="—">
        <TextField source="name" />
      </ReferenceField>
      <ReferenceArrayField source="programIds" reference="Program" sortable={false} emptyText="—">
        <SingleFieldList linkType={false}>
          <ChipField source="name" size="small" />
        </SingleFieldList>
      </ReferenceArrayField>
      <UserStatusField source="disabled" sortable={false} />
    </Datagrid>
  </List>
);
