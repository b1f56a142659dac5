import Block from '@mui/icons-material/Block';
import CheckCircle from '@mui/icons-material/CheckCircle';
import LockReset from '@mui/icons-material/LockReset';
import { useState } from 'react';
import { Button, Confirm, useGetIdentity, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { Credentials, UserRecord } from '../../providers/users/userProvider.ts';
import { CredentialsDialog } from './CredentialsDialog.tsx';

/** A button that asks first, then runs `action`; errors are notified as the API's message keys. */
function useConfirmedAction(action: (record: UserRecord) => Promise<void>) {
  const record = useRecordContext<UserRecord>();
  const notify = useNotify();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const run = async () => {
    if (!record) return;
    setBusy(true);
    try {
      await action(record);
    } catch (e) {
      notify((e as Error)?.message || 'ruta.errors.INTERNAL_SERVER_ERROR', { type: 'error' });
    } finally {
      setBusy(false);
      setOpen(false);
    }
  };
  return { record, open, setOpen, busy, run, name: record ? record.displayName || record.username : '' };
}

/** Disable or enable; an admin cannot disable their own account (the API refuses it too). */
export const ToggleDisabledButton = () => {
  const dataProvider = useRutaDataProvider();
  const notify = useNotify();
  const refresh = useRefresh();
  const { identity } = useGetIdentity();
  const { record, open, setOpen, busy, run, name } = useConfirmedAction(async (r) => {
    await dataProvider.setUserDisabled(r.username, !r.disabled);
    notify(r.disabled ? 'ruta.users.enabled_done' : 'ruta.users.disabled_done', { type: 'info' });
    refresh();
  });
  if (!record || (!record.disabled && identity?.id === record.username)) return null;
  const verb = record.disabled ? 'enable' : 'disable';
  return (
    <>
      <Button label={`ruta.users.${verb}`} onClick={() => setOpen(true)}>
        {record.disabled ? <CheckCircle /> : <Block />}
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title={`ruta.users.${verb}_title`}
        content={`ruta.users.${verb}_content`}
        translateOptions={{ name }}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};

/** Resets the password and shows the new temporary one once (locally; in AWS Cognito e-mails a code). */
export const ResetPasswordButton = () => {
  const dataProvider = useRutaDataProvider();
  const refresh = useRefresh();
  const [credentials, setCredentials] = useState<Credentials | null>(null);
  const { record, open, setOpen, busy, run, name } = useConfirmedAction(async (r) => {
    setCredentials((await dataProvider.resetUserPassword(r.username)).data);
  });
  if (!record) return null;
  return (
    <>
      <Button label="ruta.users.reset" onClick={() => setOpen(true)}>
        <LockReset />
      </Button>
      <Confirm
        isOpen={open}
        loading={busy}
        title="ruta.users.reset_title"
        content="ruta.users.reset_content"
        translateOptions={{ name }}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
      <CredentialsDialog
        credentials={credentials}
        reason="reset"
        onClose={() => {
          setCredentials(null);
          refresh();
        }}
      />
    </>
  );
};
