import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { UserRecord } from '../../providers/users/userProvider.ts';

/** Active or disabled, as a chip that stands out in a list. */
export const UserStatusField = (_: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<UserRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.disabled ? (
    <Chip size="small" color="warning" label={translate('ruta.users.disabled')} />
  ) : (
    <Chip size="small" variant="outlined" color="success" label={translate('ruta.users.active')} />
  );
};
