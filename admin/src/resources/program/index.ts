import Flag from '@mui/icons-material/Flag';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./ProgramList.tsx'), 'ProgramList'),
  create: lazyPage(() => import('./ProgramCreate.tsx'), 'ProgramCreate'),
  edit: lazyPage(() => import('./ProgramEdit.tsx'), 'ProgramEdit'),
  show: lazyPage(() => import('./ProgramShow.tsx'), 'ProgramShow'),
  icon: Flag,
  recordRepresentation: 'name',
};
