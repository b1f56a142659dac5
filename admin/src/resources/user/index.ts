import ManageAccounts from '@mui/icons-material/ManageAccounts';
import { UserCreate } from './UserCreate.tsx';
import { UserEdit } from './UserEdit.tsx';
import { UserList } from './UserList.tsx';
import { UserShow } from './UserShow.tsx';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  show: UserShow,
  icon: ManageAccounts,
  recordRepresentation: 'displayName',
};
