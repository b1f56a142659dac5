import FolderShared from '@mui/icons-material/FolderShared';
import { lazyPage } from '../../commons/lazyPage.ts';

export const CaseReadsPage = lazyPage(() => import('./CaseReadsPage.tsx'), 'CaseReadsPage');

export default {
  list: lazyPage(() => import('./CaseList.tsx'), 'CaseList'),
  create: lazyPage(() => import('./CaseCreate.tsx'), 'CaseCreate'),
  show: lazyPage(() => import('./CaseShow.tsx'), 'CaseShow'),
  edit: lazyPage(() => import('./CaseEdit.tsx'), 'CaseEdit'),
  icon: FolderShared,
  recordRepresentation: 'code',
};
