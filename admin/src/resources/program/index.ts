import Flag from '@mui/icons-material/Flag';
import { ProgramCreate } from './ProgramCreate.tsx';
import { ProgramEdit } from './ProgramEdit.tsx';
import { ProgramList } from './ProgramList.tsx';
import { ProgramShow } from './ProgramShow.tsx';

export default {
  list: ProgramList,
  create: ProgramCreate,
  edit: ProgramEdit,
  show: ProgramShow,
  icon: Flag,
  recordRepresentation: 'name',
};
