import School from '@mui/icons-material/School';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./TrainingList.tsx'), 'TrainingList'),
  create: lazyPage(() => import('./TrainingCreate.tsx'), 'TrainingCreate'),
  edit: lazyPage(() => import('./TrainingEdit.tsx'), 'TrainingEdit'),
  show: lazyPage(() => import('./TrainingShow.tsx'), 'TrainingShow'),
  icon: School,
  recordRepresentation: 'title',
};
