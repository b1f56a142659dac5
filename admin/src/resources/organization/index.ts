import CorporateFare from '@mui/icons-material/CorporateFare';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./OrganizationList.tsx'), 'OrganizationList'),
  create: lazyPage(() => import('./OrganizationCreate.tsx'), 'OrganizationCreate'),
  edit: lazyPage(() => import('./OrganizationEdit.tsx'), 'OrganizationEdit'),
  show: lazyPage(() => import('./OrganizationShow.tsx'), 'OrganizationShow'),
  icon: CorporateFare,
  recordRepresentation: 'name',
};
