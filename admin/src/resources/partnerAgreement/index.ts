import Handshake from '@mui/icons-material/Handshake';
import { PartnerAgreementCreate } from './PartnerAgreementCreate.tsx';
import { PartnerAgreementEdit } from './PartnerAgreementEdit.tsx';
import { PartnerAgreementList } from './PartnerAgreementList.tsx';
import { PartnerAgreementShow } from './PartnerAgreementShow.tsx';

export default {
  list: PartnerAgreementList,
  create: PartnerAgreementCreate,
  edit: PartnerAgreementEdit,
  show: PartnerAgreementShow,
  icon: Handshake,
  recordRepresentation: 'title',
};
