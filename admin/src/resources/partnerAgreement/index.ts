import Handshake from '@mui/icons-material/Handshake';
import { lazyPage } from '#commons/lazyPage.ts';

export default {
  list: lazyPage(() => import('./PartnerAgreementList.tsx'), 'PartnerAgreementList'),
  create: lazyPage(() => import('./PartnerAgreementCreate.tsx'), 'PartnerAgreementCreate'),
  edit: lazyPage(() => import('./PartnerAgreementEdit.tsx'), 'PartnerAgreementEdit'),
  show: lazyPage(() => import('./PartnerAgreementShow.tsx'), 'PartnerAgreementShow'),
  icon: Handshake,
  recordRepresentation: 'title',
};
