import { Alert, Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import { placeText } from '../../commons/place/place.ts';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { activityApi } from './activityApi.ts';
import { TrainingFromRecordButton } from './TrainingFromRecordDialog.tsx';

const ak = (key: string) => `ruta.activity.${key}`;
const EMPTY = '—';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A value of the diff (JSON text) in words: people reached line by line, a place as text, lists compact. */
const shown = (field: string, json: string | null | undefined, translate: Translate, locale: string) => {
  if (json == null) return EMPTY;
  const v = JSON.parse(json) as unknown;
  if (field === 'reached' && Array.isArray(v))
    return (v as { band: string; women: number; men: number; notRecorded: number; total: number }[])
      .map(
        (l) =>
          `${translate(ak(`bands.${l.band}`))}: ${translate(ak('totals_line'), { total: l.total, women: l.women, men: l.men, notRecorded: l.notRecorded })}`,
      )
      .join('; ');
  if (field === 'place' && v && typeof v === 'object') return placeText(v as Parameters<typeof placeText>[0], locale) || EMPTY;
  if (field === 'kind' && typeof v === 'string') return translate(ak(`kinds.${v}`));
  return typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v);
};

/**
 * One record: what was done, where, who was reached (by age band and sex), the review (status, the
 * reviewer's comment) and, for the reviewer, what changed field by field since the last submission.
 * The partner submits a draft or returned record from here; staff approve or return it.
 */
export const ActivityRecordShow = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const [locale] = useLocaleState();
  const client = useQueryClient();
  const { id } = useParams();
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { data: r, error } = useQuery({ queryKey: ['ruta', 'activityRecord', id], queryFn: () => activityApi.get(id!), enabled: !!id });
  const reviewer = role === 'admin' || role === 'staff';
  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      notify(done, { type: 'info' });
      await client.invalidateQueries({ queryKey: ['ruta'] });
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  if (error) return <Alert severity="error">{translate(errorMessage(error))}</Alert>;
  if (!r) return null;
  const editable = r.status === 'DRAFT' || r.status === 'RETURNED';
  return (
    <Box sx={{ p: 2, maxWidth: 1000 }}>
      <Title title={r.title} />
      <Typography component="h1" variant="h5">
        {r.title}
      </Typography>
      <Stack direction="row" gap={1} alignItems="center" sx={{ my: 1 }}>
        <Chip
          label={translate(ak(`statuses.${r.status}`))}
          color={r.status === 'RETURNED' ? 'warning' : r.status === 'APPROVED' ? 'success' : 'default'}
        />
        <Typography>
          {r.organization?.name ?? EMPTY} · {r.quarter} · {translate('resources.ActivityRecord.fields.objectiveCode')} {r.objectiveCode} ·{' '}
          {translate(ak(`kinds.${r.kind}`))}
        </Typography>
      </Stack>
      {r.reviewComment && (
        <Alert severity={r.status === 'RETURNED' ? 'warning' : 'info'} sx={{ my: 1 }}>
          {translate('resources.ActivityRecord.fields.reviewComment')}: {r.reviewComment}
        </Alert>
      )}
      {r.warnings.map((w) => (
        <Alert key={w.path} severity="info" sx={{ my: 1 }}>
          {translate(ak('warnings'))}: {translate(w.key, { code: r.objectiveCode, _: w.message })}
        </Alert>
      ))}
      <Table size="small" aria-label={translate(ak('table'))} sx={{ my: 2 }}>
        <TableBody>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate('resources.ActivityRecord.fields.startDate')} – {translate('resources.ActivityRecord.fields.endDate')}
            </TableCell>
            <TableCell>
              {r.startDate} – {r.endDate}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate(ak('place'))}
            </TableCell>
            <TableCell>{placeText(r.place, locale) || EMPTY}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate('resources.ActivityRecord.fields.narrative')}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{r.narrative ?? EMPTY}</TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate(ak('attachments'))}
            </TableCell>
            <TableCell>
              {r.attachments.length
                ? r.attachments.map((a) => (
                    <a key={a.url} href={a.url} target="_blank" rel="noreferrer" style={{ marginRight: 12 }}>
                      {a.fileName}
                    </a>
                  ))
                : EMPTY}
            </TableCell>
          </TableRow>
          <TableRow>
            <TableCell component="th" scope="row">
              {translate('ruta.activity_training.linked')}
            </TableCell>
            <TableCell>
              {r.trainingId ? (
                <Link to={`/Training/${encodeURIComponent(r.trainingId)}/show`}>{translate('ruta.activity_training.open')}</Link>
              ) : (
                EMPTY
              )}
            </TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography component="h2" variant="h6">
        {translate(ak('reached'))}
      </Typography>
      <Table size="small" aria-label={translate(ak('reached'))}>
        <TableHead>
          <TableRow>
            {['band', 'women', 'men', 'not_recorded', 'total'].map((c) => (
              <TableCell key={c} component="th" scope="col">
                {translate(ak(c))}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {r.reached.map((l) => (
            <TableRow key={l.band}>
              <TableCell component="th" scope="row">
                {translate(ak(`bands.${l.band}`))}
              </TableCell>
              <TableCell>{l.women}</TableCell>
              <TableCell>{l.men}</TableCell>
              <TableCell>{l.notRecorded}</TableCell>
              <TableCell>{l.total}</TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell component="th" scope="row">
              {translate(ak('total'))}
            </TableCell>
            <TableCell>{r.totals.women}</TableCell>
            <TableCell>{r.totals.men}</TableCell>
            <TableCell>{r.totals.notRecorded}</TableCell>
            <TableCell>{r.totals.total}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>
        {translate(ak('changes'))}
      </Typography>
      {r.changesSinceLastSubmission.length === 0 ? (
        <Typography>{translate(ak('no_changes'))}</Typography>
      ) : (
        <Table size="small" aria-label={translate(ak('changes'))}>
          <TableHead>
            <TableRow>
              {['field', 'before', 'after'].map((c) => (
                <TableCell key={c} component="th" scope="col">
                  {translate(ak(c))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {r.changesSinceLastSubmission.map((c) => (
              <TableRow key={c.field}>
                <TableCell component="th" scope="row">
                  {translate(ak(`fields_names.${c.field}`))}
                </TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{shown(c.field, c.before, translate, locale)}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word' }}>{shown(c.field, c.after, translate, locale)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" gap={2} alignItems="center" sx={{ mt: 3 }}>
        {!reviewer && editable && (
          <>
            <Button component={Link} to={`/ActivityRecord/${encodeURIComponent(r.id)}`} label={ak('edit')} />
            <Button
              variant="contained"
              label={ak('submit')}
              disabled={busy}
              onClick={() => act(() => activityApi.submit(r.id, r.version), ak('submitted'))}
            />
          </>
        )}
        {editable && r.kind === 'TRAINING' && !r.trainingId && <TrainingFromRecordButton id={r.id} version={r.version} />}
        {reviewer && (r.status === 'SUBMITTED' || r.status === 'APPROVED') && (
          <>
            <TextField
              size="small"
              sx={{ minWidth: 380 }}
              label={translate(ak('comment'))}
              value={comment}
              onChange={(e) => setComment(e.target.value)}
            />
            {r.status === 'SUBMITTED' && (
              <Button
                variant="contained"
                label={ak('approve_one')}
                disabled={busy}
                onClick={() => act(() => activityApi.review([r.id], 'APPROVE', comment || null), ak('reviewed'))}
              />
            )}
            <Button
              label={ak('return_one')}
              disabled={busy}
              onClick={() => act(() => activityApi.review([r.id], 'RETURN', comment || null), ak('reviewed'))}
            />
          </>
        )}
      </Stack>
    </Box>
  );
};
