import { Alert, Box, Chip, MenuItem, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Button, Confirm, Title, useGetList, useLocaleState, useNotify, useStore, useTranslate } from 'react-admin';
import { formatDateTime } from '../../commons/dates.ts';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { byRecency } from '../../dashboard/ProgramDashboard.tsx';
import type { ProgramRecord } from '../../providers/graphql/fragments.ts';
import { periodsApi, quartersBetween } from './periodsApi.ts';

const pk = (key: string) => `ruta.activity_portal.periods.${key}`;
const EMPTY = '—';

interface Pending {
  action: 'lock' | 'unlock';
  quarter: string;
}

/**
 * Reporting periods: every quarter of a program, newest first, with its lock state. Program staff lock
 * a quarter (its records can no longer change) and an administrator unlocks it; both ask first, and the
 * API records both in the audit history.
 */
export const ActivityPeriodsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const [locale] = useLocaleState();
  const client = useQueryClient();
  const { data: programs } = useGetList<ProgramRecord>('Program', { pagination: { page: 1, perPage: 100 } });
  const sorted = useMemo(() => [...(programs ?? [])].sort(byRecency), [programs]);
  const [chosen, setChosen] = useStore<string | undefined>('ruta.dashboard.program', undefined);
  const program = sorted.find((p) => p.id === chosen) ?? sorted[0];
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const { data: locks, error } = useQuery({
    queryKey: ['ruta', 'reportingPeriods', program?.id],
    queryFn: () => periodsApi.list(program!.id),
    enabled: !!program,
  });
  const lockOf = new Map((locks ?? []).map((l) => [l.quarter, l]));
  const quarters = program ? quartersBetween(program.startDate, program.endDate ?? new Date().toISOString().slice(0, 10)).reverse() : [];
  const canLock = role === 'admin' || role === 'staff';
  const canUnlock = role === 'admin';

  const run = async () => {
    if (!pending || !program) return;
    setBusy(true);
    try {
      if (pending.action === 'lock') await periodsApi.lock(program.id, pending.quarter);
      else await periodsApi.unlock(program.id, pending.quarter);
      notify(pk(pending.action === 'lock' ? 'locked_done' : 'unlocked_done'), { type: 'info', messageArgs: { quarter: pending.quarter } });
      await client.invalidateQueries({ queryKey: ['ruta', 'reportingPeriods'] });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
      setPending(null);
    }
  };

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(pk('title'))} />
      <Typography component="h1" variant="h5" sx={{ mb: 1 }}>
        {translate(pk('title'))}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2, maxWidth: 760 }}>
        {translate(pk('intro'))}
      </Typography>
      {program && (
        <TextField
          select
          size="small"
          label={translate(pk('program'))}
          value={program.id}
          onChange={(e) => setChosen(e.target.value)}
          sx={{ width: { xs: '100%', sm: 440 }, mb: 2 }}
        >
          {sorted.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      {error && <Alert severity="error">{translate(errorMessage(error))}</Alert>}
      {program && quarters.length === 0 && <Typography>{translate(pk('none'))}</Typography>}
      {program && locks && quarters.length > 0 && (
        <Table size="small" aria-label={translate(pk('table'))} sx={{ maxWidth: 900 }}>
          <TableHead>
            <TableRow>
              {['quarter', 'state', 'by', 'at', 'actions'].map((c) => (
                <TableCell key={c} component="th" scope="col">
                  {translate(pk(c))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {quarters.map((quarter) => {
              const lock = lockOf.get(quarter);
              return (
                <TableRow key={quarter} data-locked={lock ? 'true' : 'false'}>
                  <TableCell component="th" scope="row">
                    {quarter}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" color={lock ? 'warning' : 'default'} label={translate(pk(lock ? 'locked' : 'open'))} />
                  </TableCell>
                  <TableCell>{lock?.lockedBy ?? EMPTY}</TableCell>
                  <TableCell>{lock?.lockedAt ? formatDateTime(lock.lockedAt, locale) : EMPTY}</TableCell>
                  <TableCell>
                    {!lock && canLock && (
                      <Button
                        label={pk('lock')}
                        aria-label={translate(pk('lock_label'), { quarter })}
                        onClick={() => setPending({ action: 'lock', quarter })}
                      />
                    )}
                    {lock && canUnlock && (
                      <Button
                        label={pk('unlock')}
                        aria-label={translate(pk('unlock_label'), { quarter })}
                        onClick={() => setPending({ action: 'unlock', quarter })}
                      />
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Confirm
        isOpen={!!pending}
        loading={busy}
        title={pk(pending?.action === 'unlock' ? 'confirm_unlock_title' : 'confirm_lock_title')}
        content={pk(pending?.action === 'unlock' ? 'confirm_unlock' : 'confirm_lock')}
        translateOptions={{ quarter: pending?.quarter ?? '' }}
        onConfirm={run}
        onClose={() => setPending(null)}
      />
    </Box>
  );
};
