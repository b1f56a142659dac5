import {
  Alert,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useId, useState } from 'react';
import { Button, useTranslate } from 'react-admin';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { decodeMessage } from '../../commons/validationMessage.ts';
import { useRole } from '../../commons/useRole.ts';
import { caseApi, type RevealedIdentity } from './caseApi.ts';
import { CorrectIdentity } from './CorrectIdentity.tsx';
import { ck, EMPTY, enumKey, useCaseDates } from './format.ts';

/**
 * The identity of a case, hidden until the worker reveals it with a reason (required for a minor).
 * The revealed values live in this component's state only — never in a cache, storage or the URL —
 * and are dropped when the component unmounts (leaving the page or the tab). Next to the reveal, the
 * identity's correction (CorrectIdentity): pre-filled from these values only when revealed here, and
 * they are dropped once the correction is saved.
 */
export const RevealIdentity = ({
  caseId,
  version,
  isMinor,
  anonymised,
}: {
  caseId: string;
  version: number;
  isMinor: boolean;
  anonymised: boolean;
}) => {
  const translate = useTranslate();
  const role = useRole();
  const { date } = useCaseDates();
  const ids = useId();
  const [identity, setIdentity] = useState<RevealedIdentity | null>(null);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Dropped on unmount as well as on "Hide": nothing of it outlives the page.
  useEffect(() => () => setIdentity(null), []);

  if (anonymised) return <Alert severity="info">{translate(ck('reveal.anonymised'))}</Alert>;
  if (role !== 'admin' && role !== 'caseworker') return <Typography>{translate(ck('reveal.not_allowed'))}</Typography>;

  const reveal = async () => {
    if (isMinor && !reason.trim()) {
      setProblem(translate('validation.required'));
      return;
    }
    setBusy(true);
    try {
      setIdentity(await caseApi.reveal(caseId, reason.trim() || null));
      setOpen(false);
      setReason('');
      setProblem(null);
    } catch (e) {
      const fields = serverFieldErrors(e);
      const message = fields?.reason;
      if (message) {
        const { key, args } = decodeMessage(message);
        setProblem(translate(key, args));
      } else setProblem(translate(errorMessage(e)));
    } finally {
      setBusy(false);
    }
  };

  if (identity) {
    const rows: [string, string][] = [
      ['fullName', identity.fullName],
      ['otherNames', identity.otherNames.join(', ') || EMPTY],
      ['dateOfBirth', date(identity.dateOfBirth)],
      ['documentType', identity.documentType ? translate(enumKey('IdentityDocumentType', identity.documentType)) : EMPTY],
      ['documentNumber', identity.documentNumber ?? EMPTY],
      ['contacts', identity.contacts.join(', ') || EMPTY],
      ['address', identity.address ?? EMPTY],
      ['familyContacts', identity.familyContacts.join(', ') || EMPTY],
    ];
    return (
      <Stack gap={2}>
        <Table size="small" aria-label={translate(ck('reveal.table'))}>
          <TableBody>
            {rows.map(([field, value]) => (
              <TableRow key={field}>
                <TableCell component="th" scope="row" sx={{ width: 260 }}>
                  {translate(ck(`identity.${field}`))}
                </TableCell>
                <TableCell data-identity-field={field}>{value}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" gap={1} flexWrap="wrap">
          <Button label={ck('reveal.hide')} variant="outlined" onClick={() => setIdentity(null)} />
          <CorrectIdentity caseId={caseId} version={version} isMinor={isMinor} revealed={identity} onSaved={() => setIdentity(null)} />
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap={2}>
      <Typography>{translate(ck('reveal.hidden'))}</Typography>
      <Stack direction="row" gap={1} flexWrap="wrap">
        <Button label={ck('reveal.button')} variant="contained" onClick={() => setOpen(true)} />
        <CorrectIdentity caseId={caseId} version={version} isMinor={isMinor} revealed={null} onSaved={() => setIdentity(null)} />
      </Stack>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`${ids}-title`}>
        <DialogTitle id={`${ids}-title`}>{translate(ck('reveal.title'))}</DialogTitle>
        <DialogContent>
          <Typography sx={{ mb: 2 }}>{translate(ck('reveal.explain'))}</Typography>
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={2}
            label={translate(ck(isMinor ? 'reveal.reason_minor' : 'reveal.reason'))}
            required={isMinor}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setProblem(null);
            }}
            error={!!problem}
            helperText={problem ?? ' '}
            autoComplete="off"
          />
        </DialogContent>
        <DialogActions>
          <Button label={ck('reveal.cancel')} onClick={() => setOpen(false)} />
          <Button label={ck('reveal.confirm')} variant="contained" onClick={reveal} disabled={busy} />
        </DialogActions>
      </Dialog>
    </Stack>
  );
};
