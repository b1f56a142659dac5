import WorkspacePremium from '@mui/icons-material/WorkspacePremium';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./ScholarshipList.tsx'), 'ScholarshipList'),
  create: lazyPage(() => import('./ScholarshipCreate.tsx'), 'ScholarshipCreate'),
  edit: lazyPage(() => import('./ScholarshipEdit.tsx'), 'ScholarshipEdit'),
  show: lazyPage(() => import('./ScholarshipShow.tsx'), 'ScholarshipShow'),
  icon: WorkspacePremium,
  recordRepresentation: 'beneficiaryCode',
};
