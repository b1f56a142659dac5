import { Box, Button, Stack, TextField, Typography } from '@mui/material';
import { type FormEvent, useEffect, useState } from 'react';
import { Labeled, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { canCall } from '@ruta/schema/policy';
import { decodeMessage } from '../../commons/validationMessage.ts';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { useCanRead, useRole } from '../../commons/useRole.ts';
import { getProgramStatisticsK, setProgramStatisticsK } from './statisticsKApi.ts';

/**
 * The program's k, the smallest count its cases are published in (public statistics, HTCDS export):
 * shown to whoever reads the program, set by an admin (setProgramStatisticsK: 5 to 100, audited).
 * Read and saved on its own, not through the program's edit form (its own mutation and audit event).
 */
export const ProgramStatisticsK = () => {
  const record = useRecordContext<{ id: string; version?: number }>();
  const role = useRole();
  const canRead = useCanRead('Program', 'statisticsK');
  const translate = useTranslate();
  const notify = useNotify();
  const [k, setK] = useState<number | null>(null);
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const id = record?.id ? String(record.id) : undefined;

  // biome-ignore lint/correctness/useExhaustiveDependencies: re-read when the program's version changes
  useEffect(() => {
    if (!id || !canRead) return;
    let live = true;
    getProgramStatisticsK(id)
      .then((n) => {
        if (!live) return;
        setK(n);
        setValue(String(n));
      })
      .catch(() => live && setK(null));
    return () => {
      live = false;
    };
  }, [id, canRead, record?.version]);

  if (!id || !role || !canRead) return null;
  const canSet = canCall(role, 'Mutation', 'setProgramStatisticsK');
  const label = translate('statisticsK.label');

  if (!canSet) {
    return (
      <Labeled label={label}>
        <Typography variant="body2" data-testid="program-statistics-k">
          {k ?? '—'}
        </Typography>
      </Labeled>
    );
  }

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n)) {
      setError(translate('validation.whole_number'));
      return;
    }
    setBusy(true);
    try {
      const saved = await setProgramStatisticsK(id, n);
      setK(saved);
      setValue(String(saved));
      notify('statisticsK.saved', { type: 'info', messageArgs: { k: saved } });
    } catch (err) {
      const field = serverFieldErrors(err)?.k;
      if (field) {
        const { key, args } = decodeMessage(field);
        setError(translate(key, args));
      } else notify(errorMessage(err), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box component="form" onSubmit={save} noValidate sx={{ maxWidth: 560 }}>
      <Stack direction="row" gap={2} alignItems="flex-start">
        <TextField
          id="program-statistics-k"
          label={label}
          type="number"
          size="small"
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={!!error}
          helperText={error ?? translate('statisticsK.help', { current: k ?? '—' })}
          slotProps={{ htmlInput: { min: 5, max: 100, step: 1, inputMode: 'numeric' } }}
          sx={{ flex: 1 }}
        />
        <Button type="submit" variant="outlined" disabled={busy || value === String(k)}>
          {translate('statisticsK.save')}
        </Button>
      </Stack>
    </Box>
  );
};
