import { Alert, LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Phase, Status } from './importStatus.ts';

/** The progress bar while sending (and after), then what happened to the rows in numbers. */
export function ImportProgress({
  phase,
  done,
  total,
  stopping,
  toFix,
  count,
}: {
  phase: Phase;
  done: number;
  /** Valid rows: what is sent. */
  total: number;
  stopping: boolean;
  /** Rows still to fix (invalid, failed, skipped). */
  toFix: number;
  count: (status: Status) => number;
}) {
  const translate = useTranslate();
  if (phase === 'preview') return null;
  return (
    <>
      <Stack gap={0.5}>
        <LinearProgress
          variant="determinate"
          value={total ? (100 * done) / total : 100}
          aria-label={translate('ruta.import.progress', { done, total })}
        />
        <Typography variant="body2" role="status">
          {translate('ruta.import.progress', { done, total })}
          {stopping && phase === 'running' && ` — ${translate('ruta.import.stopping')}`}
        </Typography>
      </Stack>
      {phase === 'done' && (
        <Alert severity={toFix ? 'warning' : 'success'} role="status">
          {translate('ruta.import.summary', { created: count('created'), existing: count('existing'), failed: count('failed') })}
          {count('updated') > 0 && (
            <>
              <br />
              {translate('ruta.import_existing.summary_updated', { smart_count: count('updated') })}
            </>
          )}
          {count('skipped') > 0 && (
            <>
              <br />
              {translate('ruta.import.summary_skipped', { smart_count: count('skipped') })}
            </>
          )}
          {count('invalid') > 0 && (
            <>
              <br />
              {translate('ruta.import.summary_invalid', { smart_count: count('invalid') })}
            </>
          )}
        </Alert>
      )}
    </>
  );
}
