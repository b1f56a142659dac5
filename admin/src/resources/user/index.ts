import ManageAccounts from '@mui/icons-material/ManageAccounts';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./UserList.tsx'), 'UserList'),
  create: lazyPage(() => import('./UserCreate.tsx'), 'UserCreate'),
  edit: lazyPage(() => import('./UserEdit.tsx'), 'UserEdit'),
  show: lazyPage(() => import('./UserShow.tsx'), 'UserShow'),
  icon: ManageAccounts,
  recordRepresentation: 'displayName',
};
