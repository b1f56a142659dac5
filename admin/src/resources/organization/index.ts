import CorporateFare from '@mui/icons-material/CorporateFare';
import { OrganizationCreate } from './OrganizationCreate.tsx';
import { OrganizationEdit } from './OrganizationEdit.tsx';
import { OrganizationList } from './OrganizationList.tsx';
import { OrganizationShow } from './OrganizationShow.tsx';

export default {
  list: OrganizationList,
  create: OrganizationCreate,
  edit: OrganizationEdit,
  show: OrganizationShow,
  icon: CorporateFare,
  recordRepresentation: 'name',
};
