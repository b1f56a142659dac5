import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { AuditEntry, UserRecord } from '../../providers/users/userProvider.ts';
import { roleLabel } from './roles.ts';

/** Who created and changed this account, newest first (the API's audit events for User/<username>). */
export const UserAuditTrail = () => {
  const record = useRecordContext<UserRecord>();
  const dataProvider = useRutaDataProvider();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  // The record object is replaced on every refetch (after disable or reset), so the trail follows it.
  useEffect(() => {
    if (!record) return;
    let live = true;
    dataProvider.auditTrail(record.username).then(
      ({ data }) => live && setEntries(data),
      (e: Error) => live && setFailed(e?.message || 'ruta.errors.INTERNAL_SERVER_ERROR'),
    );
    return () => {
      live = false;
    };
  }, [record, dataProvider]);

  if (failed) return <Typography color="error">{translate(failed)}</Typography>;
  if (!entries) return null;
  if (!entries.length) return <Typography color="text.secondary">{translate('ruta.users.history_empty')}</Typography>;
  const when = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Table size="small" aria-label={translate('resources.User.sections.history')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('ruta.users.history_at')}</TableCell>
          <TableCell>{translate('ruta.users.history_actor')}</TableCell>
          <TableCell>{translate('ruta.users.history_action')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {entries.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{when.format(new Date(e.at))}</TableCell>
            <TableCell>
              {e.actor} ({translate(roleLabel(e.actorRole))})
            </TableCell>
            <TableCell>{translate(`ruta.users.actions.${e.action}`, { _: e.action })}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
