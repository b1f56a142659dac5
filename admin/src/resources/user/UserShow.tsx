import {
  ChipField,
  EditButton,
  EmailField,
  ListButton,
  ReferenceArrayField,
  ReferenceField,
  SelectField,
  Show,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { HistoryTab } from '../../commons/history/HistoryTab.tsx';
import { LocaleDateField } from '../../commons/LocaleDateField.tsx';
import { roleChoices } from './roles.ts';
import { ResetPasswordButton, ToggleDisabledButton } from './UserActions.tsx';
import { UserStatusField } from './UserStatusField.tsx';

const UserShowActions = () => (
  <TopToolbar>
    <ListButton />
    <EditButton />
    <ResetPasswordButton />
    <ToggleDisabledButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show actions={<UserShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.User.sections.account">
        <TextField source="username" />
        <TextField source="displayName" />
        <EmailField source="email" emptyText="—" />
        <UserStatusField source="disabled" />
        <SelectField source="role" choices={roleChoices} />
        <ReferenceField source="organizationId" reference="Organization" link="show" emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <ReferenceArrayField source="programIds" reference="Program" emptyText="—">
          <SingleFieldList linkType={false}>
            <ChipField source="name" size="small" />
          </SingleFieldList>
        </ReferenceArrayField>
        <LocaleDateField source="createdAt" showTime emptyText="—" />
      </TabbedShowLayout.Tab>
      <HistoryTab entityType="User" label="resources.User.sections.history" actionKeys="ruta.users.actions" path="history" />
    </TabbedShowLayout>
  </Show>
);
