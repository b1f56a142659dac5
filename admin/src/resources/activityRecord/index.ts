import Assignment from '@mui/icons-material/Assignment';
import { lazyPage } from '../../commons/lazyPage.ts';

/** Locked quarters (staff lock, admins unlock): /ActivityRecord/periods. */
export const ActivityPeriodsPage = lazyPage(() => import('./ActivityPeriodsPage.tsx'), 'ActivityPeriodsPage');

export default {
  list: lazyPage(() => import('./ActivityRecordList.tsx'), 'ActivityRecordList'),
  create: lazyPage(() => import('./ActivityRecordForm.tsx'), 'ActivityRecordForm'),
  edit: lazyPage(() => import('./ActivityRecordForm.tsx'), 'ActivityRecordForm'),
  show: lazyPage(() => import('./ActivityRecordShow.tsx'), 'ActivityRecordShow'),
  icon: Assignment,
  recordRepresentation: 'title',
};
