import {
  Alert,
  Box,
  Checkbox,
  Chip,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Button, downloadCSV, Link, Title, useCanAccess, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { ACTIVITY_STATUSES } from '@ruta/schema/zod/activityRecord';
import type { ActivityStatus } from '../../graphql/generated/graphql.ts';
import { ImportButton } from '../../commons/csvImport/ImportButton.tsx';
import { writeCsv } from '../../commons/csvImport/writeCsv.ts';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { activityApi, type ActivityRow } from './activityApi.ts';
import { activityImport, activityTemplate } from './activityImport.ts';

const ak = (key: string) => `ruta.activity.${key}`;
const EMPTY = '—';

/**
 * Activity records. A partner sees its organization's records — returned ones first, with the reviewer's
 * comment — and submits drafts from the list. Staff get the review queue (pending review unless another
 * status is chosen), filtered by quarter and objective, select rows and approve or return them at once
 * with one comment, and see which partners have not submitted a quarter.
 */
export const ActivityRecordList = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const role = useRole();
  const ids = useId();
  const client = useQueryClient();
  const reviewer = role === 'admin' || role === 'staff';
  const [status, setStatus] = useState<ActivityStatus | ''>('SUBMITTED');
  const [quarter, setQuarter] = useState('');
  const [objectiveCode, setObjectiveCode] = useState('');
  const [organizationId, setOrganizationId] = useState('');
  const [locale] = useLocaleState();
  const { data: partners } = useGetList(
    'Organization',
    { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: reviewer },
  );
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [selected, setSelected] = useState<string[]>([]);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const { canAccess: canCreate } = useCanAccess({ resource: 'ActivityRecord', action: 'create' });
  const after = cursors.at(-1) ?? null;
  const validQuarter = /^\d{4}-Q[1-4]$/.test(quarter);
  const filter = reviewer
    ? {
        ...(status ? { status } : {}),
        ...(validQuarter ? { quarter } : {}),
        ...(objectiveCode ? { objectiveCode } : {}),
        ...(organizationId ? { organizationId } : {}),
      }
    : {};
  const { data, error, isPending } = useQuery({
    queryKey: ['ruta', 'activityRecords', filter, after],
    queryFn: () => activityApi.list(filter, after),
    enabled: role !== undefined,
  });
  const refresh = () => client.invalidateQueries({ queryKey: ['ruta', 'activityRecords'] });
  const reset = () => {
    setCursors([null]);
    setSelected([]);
  };
  const act = async (run: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await run();
      notify(done, { type: 'info' });
      setSelected([]);
      setComment('');
      await refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  const rows = data?.nodes ?? [];
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(ak(reviewer ? 'queue_title' : 'my_title'))} />
      <Typography component="h1" variant="h5" sx={{ mb: 2 }}>
        {translate(ak(reviewer ? 'queue_title' : 'my_title'))}
      </Typography>
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        {reviewer && (
          <>
            <FormControl size="small" sx={{ minWidth: 200 }}>
              <InputLabel id={`${ids}-status`}>{translate(ak('filter_status'))}</InputLabel>
              <Select
                labelId={`${ids}-status`}
                label={translate(ak('filter_status'))}
                value={status}
                onChange={(e) => {
                  setStatus(e.target.value as ActivityStatus | '');
                  reset();
                }}
              >
                <MenuItem value="">{translate(ak('all'))}</MenuItem>
                {ACTIVITY_STATUSES.map((s) => (
                  <MenuItem key={s} value={s}>
                    {translate(ak(`statuses.${s}`))}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <FormControl size="small" sx={{ minWidth: 240 }}>
              <InputLabel id={`${ids}-partner`}>{translate('ruta.activity_portal.filter_partner')}</InputLabel>
              <Select
                labelId={`${ids}-partner`}
                label={translate('ruta.activity_portal.filter_partner')}
                value={organizationId}
                onChange={(e) => {
                  setOrganizationId(String(e.target.value));
                  reset();
                }}
              >
                <MenuItem value="">{translate('ruta.activity_portal.all_partners')}</MenuItem>
                {(partners ?? []).map((o) => (
                  <MenuItem key={o.id} value={String(o.id)}>
                    {String(o.name)}
                  </MenuItem>
                ))}
              </Select>
            </FormControl>
            <TextField
              size="small"
              label={translate(ak('filter_quarter'))}
              value={quarter}
              onChange={(e) => {
                setQuarter(e.target.value.toUpperCase());
                reset();
              }}
            />
            <TextField
              size="small"
              label={translate(ak('filter_objective'))}
              value={objectiveCode}
              onChange={(e) => {
                setObjectiveCode(e.target.value.trim());
                reset();
              }}
            />
          </>
        )}
        <Box sx={{ flex: 1 }} />
        {reviewer && <Button component={Link} to="/ActivityRecord/periods" label="ruta.activity_portal.periods_link" />}
        {canCreate && (
          <Button
            label="ruta.activity_import.template"
            onClick={() =>
              downloadCSV(
                writeCsv(activityTemplate(locale), locale.startsWith('es') ? ';' : ','),
                translate('ruta.activity_import.template_file'),
              )
            }
          />
        )}
        <ImportButton spec={activityImport} />
        {canCreate && <Button component={Link} to="/ActivityRecord/create" label={ak('new')} variant="contained" />}
      </Stack>
      {reviewer && (
        <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
          <TextField
            size="small"
            sx={{ minWidth: 420 }}
            label={translate(ak('comment'))}
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button
            label={ak('approve')}
            variant="contained"
            disabled={busy || !selected.length}
            onClick={() => act(() => activityApi.review(selected, 'APPROVE', comment || null), ak('reviewed'))}
          />
          <Button
            label={ak('return')}
            variant="outlined"
            disabled={busy || !selected.length}
            onClick={() => act(() => activityApi.review(selected, 'RETURN', comment || null), ak('reviewed'))}
          />
        </Stack>
      )}
      {error && <Alert severity="error">{translate(errorMessage(error))}</Alert>}
      {isPending && role !== undefined && <Typography role="status">{translate(ak('loading'))}</Typography>}
      {data && rows.length === 0 && <Typography>{translate(ak('none'))}</Typography>}
      {rows.length > 0 && (
        <Table size="small" aria-label={translate(ak('table'))}>
          <TableHead>
            <TableRow>
              {reviewer && (
                <TableCell padding="checkbox">
                  <Checkbox
                    inputProps={{ 'aria-label': translate(ak('select_all')) }}
                    checked={selected.length === rows.length}
                    onChange={(e) => setSelected(e.target.checked ? rows.map((r) => r.id) : [])}
                  />
                </TableCell>
              )}
              {[
                'title',
                ...(reviewer ? ['partner'] : []),
                'quarter',
                'objective',
                'kind',
                'status',
                'people',
                ...(reviewer ? [] : ['actions']),
              ].map((c) => (
                <TableCell key={c} component="th" scope="col">
                  {translate(ak(`columns.${c}`))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r: ActivityRow) => (
              <TableRow key={r.id} data-status={r.status}>
                {reviewer && (
                  <TableCell padding="checkbox">
                    <Checkbox
                      inputProps={{ 'aria-label': translate(ak('select_row'), { title: r.title }) }}
                      checked={selected.includes(r.id)}
                      onChange={() => toggle(r.id)}
                    />
                  </TableCell>
                )}
                <TableCell component="th" scope="row">
                  <Link to={`/ActivityRecord/${encodeURIComponent(r.id)}/show`}>{r.title}</Link>
                  {r.status === 'RETURNED' && r.reviewComment && (
                    <Typography variant="body2" color="warning.dark">
                      {translate(ak('returned_comment'), { comment: r.reviewComment })}
                    </Typography>
                  )}
                </TableCell>
                {reviewer && <TableCell>{r.organization?.name ?? EMPTY}</TableCell>}
                <TableCell>{r.quarter}</TableCell>
                <TableCell>{r.objectiveCode}</TableCell>
                <TableCell>{translate(ak(`kinds.${r.kind}`))}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    label={translate(ak(`statuses.${r.status}`))}
                    color={r.status === 'RETURNED' ? 'warning' : 'default'}
                  />
                </TableCell>
                <TableCell>{r.totals.total.toLocaleString()}</TableCell>
                {!reviewer && (
                  <TableCell>
                    {(r.status === 'DRAFT' || r.status === 'RETURNED') && (
                      <Stack direction="row" gap={1}>
                        <Button component={Link} to={`/ActivityRecord/${encodeURIComponent(r.id)}`} label={ak('edit')} />
                        <Button
                          label={ak('submit')}
                          aria-label={`${translate(ak('submit'))}: ${r.title}`}
                          disabled={busy}
                          onClick={() => act(() => activityApi.submit(r.id, r.version), ak('submitted'))}
                        />
                      </Stack>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" gap={2} sx={{ mt: 1 }}>
        {cursors.length > 1 && <Button label={ak('first_page')} onClick={reset} />}
        {data?.pageInfo.hasNextPage && (
          <Button label={ak('next_page')} onClick={() => setCursors((c) => [...c, data.pageInfo.endCursor ?? null])} />
        )}
      </Stack>
      {reviewer && <Completeness />}
    </Box>
  );
};

/** Which partners of a program have not submitted a quarter (counters, no scan). */
const Completeness = () => {
  const translate = useTranslate();
  const ids = useId();
  const { data: programs } = useGetList('Program', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const [programId, setProgramId] = useState('');
  const [quarter, setQuarter] = useState(() => {
    const d = new Date();
    return `${d.getUTCFullYear()}-Q${Math.ceil((d.getUTCMonth() + 1) / 3)}`;
  });
  useEffect(() => {
    if (!programId && programs?.[0]) setProgramId(String(programs[0].id));
  }, [programId, programs]);
  const valid = /^\d{4}-Q[1-4]$/.test(quarter);
  const { data, error } = useQuery({
    queryKey: ['ruta', 'activityCompleteness', programId, quarter],
    queryFn: () => activityApi.completeness(programId, quarter),
    enabled: !!programId && valid,
  });
  return (
    <Box component="section" aria-labelledby={`${ids}-h`} sx={{ mt: 4 }}>
      <Typography id={`${ids}-h`} component="h2" variant="h6" sx={{ mb: 1 }}>
        {translate(ak('completeness'))}
      </Typography>
      <Stack direction="row" gap={2} sx={{ mb: 1 }}>
        <FormControl size="small" sx={{ minWidth: 260 }}>
          <InputLabel id={`${ids}-program`}>{translate(ak('filter_program'))}</InputLabel>
          <Select
            labelId={`${ids}-program`}
            label={translate(ak('filter_program'))}
            value={programId}
            onChange={(e) => setProgramId(String(e.target.value))}
          >
            {(programs ?? []).map((p) => (
              <MenuItem key={p.id} value={String(p.id)}>
                {String(p.name)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <TextField
          size="small"
          label={translate(ak('completeness_quarter'))}
          value={quarter}
          onChange={(e) => setQuarter(e.target.value.toUpperCase())}
        />
      </Stack>
      {error && <Alert severity="error">{translate(errorMessage(error))}</Alert>}
      {data && (
        <Table size="small" aria-label={translate(ak('completeness'))}>
          <TableBody>
            {data.map((p) => (
              <TableRow key={p.organizationId}>
                <TableCell component="th" scope="row">
                  {p.organization?.name ?? p.organizationId}
                </TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    color={p.hasSubmitted ? 'success' : 'warning'}
                    label={translate(ak(p.hasSubmitted ? 'has_submitted' : 'not_submitted'))}
                  />
                </TableCell>
                <TableCell>{translate(ak('counts'), p)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
