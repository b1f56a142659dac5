import {
  Alert,
  Box,
  Chip,
  FormControl,
  FormControlLabel,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { Button, Link, Title, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { CASE_STAGES } from '@ruta/schema/zod/case';
import type { CaseStage } from '../../graphql/generated/graphql.ts';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { caseApi } from './caseApi.ts';
import { ck, EMPTY, enumKey, useCaseDates } from './format.ts';

/**
 * The case list: code, stage, days in stage, due date (overdue rows highlighted), owner organization.
 * Case workers see their organization's cases; staff and admin a program's (they choose it). Never an
 * identity: the rows hold none, and there is no filter or sort on one.
 */
export const CaseList = () => {
  const translate = useTranslate();
  const role = useRole();
  const { date } = useCaseDates();
  const ids = useId();
  const byProgram = role === 'admin' || role === 'staff';
  const { data: programs } = useGetList(
    'Program',
    { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: byProgram },
  );
  const [programId, setProgramId] = useState<string>('');
  const [stage, setStage] = useState<CaseStage | ''>('');
  const [overdue, setOverdue] = useState(false);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const { canAccess: canCreate } = useCanAccess({ resource: 'Case', action: 'create' });
  const { canAccess: canReadAudit } = useCanAccess({ resource: 'CaseReads', action: 'list' });
  useEffect(() => {
    if (byProgram && !programId && programs?.[0]) setProgramId(String(programs[0].id));
  }, [byProgram, programId, programs]);
  const after = cursors.at(-1) ?? null;
  const filter = { ...(stage ? { stage } : {}), ...(overdue ? { overdue: true } : {}), ...(byProgram && programId ? { programId } : {}) };
  const ready = role !== undefined && (!byProgram || !!programId);
  const { data, error, isPending } = useQuery({
    queryKey: ['ruta', 'cases', filter, after],
    queryFn: () => caseApi.list(filter, after),
    enabled: ready,
  });
  const reset = () => setCursors([null]);

  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(ck('list_title'))} />
      <Stack direction="row" gap={2} flexWrap="wrap" alignItems="center" sx={{ mb: 2 }}>
        {byProgram && (
          <FormControl size="small" sx={{ minWidth: 260 }}>
            <InputLabel id={`${ids}-program`}>{translate(ck('program'))}</InputLabel>
            <Select
              labelId={`${ids}-program`}
              label={translate(ck('program'))}
              value={programId}
              onChange={(e) => {
                setProgramId(String(e.target.value));
                reset();
              }}
            >
              {(programs ?? []).map((p) => (
                <MenuItem key={p.id} value={String(p.id)}>
                  {String(p.name)}
                </MenuItem>
              ))}
            </Select>
          </FormControl>
        )}
        <FormControl size="small" sx={{ minWidth: 220 }}>
          <InputLabel id={`${ids}-stage`}>{translate(ck('stage_filter'))}</InputLabel>
          <Select
            labelId={`${ids}-stage`}
            label={translate(ck('stage_filter'))}
            value={stage}
            onChange={(e) => {
              setStage(e.target.value as CaseStage | '');
              reset();
            }}
          >
            <MenuItem value="">{translate(ck('all_stages'))}</MenuItem>
            {CASE_STAGES.map((s) => (
              <MenuItem key={s} value={s}>
                {translate(enumKey('CaseStage', s))}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <FormControlLabel
          control={
            <Switch
              checked={overdue}
              onChange={(e) => {
                setOverdue(e.target.checked);
                reset();
              }}
            />
          }
          label={translate(ck('overdue_only'))}
        />
        <Box sx={{ flex: 1 }} />
        {canReadAudit && <Button component={Link} to="/Case/reads" label={ck('reads_link')} />}
        {canCreate && <Button component={Link} to="/Case/create" label={ck('new')} variant="contained" />}
      </Stack>
      {error && <Alert severity="error">{translate(errorMessage(error))}</Alert>}
      {byProgram && !programId && programs?.length === 0 && <Typography>{translate(ck('no_program'))}</Typography>}
      {ready && isPending && <Typography role="status">{translate(ck('loading'))}</Typography>}
      {data && data.nodes.length === 0 && <Typography>{translate(ck('no_cases'))}</Typography>}
      {data && data.nodes.length > 0 && (
        <Table size="small" aria-label={translate(ck('table'))}>
          <TableHead>
            <TableRow>
              {['code', 'stage', 'days', 'due', 'owner', 'exploitation', 'reported'].map((c) => (
                <TableCell key={c} component="th" scope="col">
                  {translate(ck(`columns.${c}`))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.nodes.map((c) => (
              <TableRow
                key={c.id}
                data-overdue={c.overdue ? 'true' : 'false'}
                sx={c.overdue ? { bgcolor: 'rgba(211, 47, 47, 0.08)' } : undefined}
              >
                <TableCell component="th" scope="row">
                  <Link to={`/Case/${encodeURIComponent(c.id)}/show`}>{c.code}</Link>
                  {c.isMinor && <Chip size="small" label={translate(ck('minor'))} sx={{ ml: 1 }} />}
                  {c.anonymised && <Chip size="small" variant="outlined" label={translate(ck('anonymised'))} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{translate(enumKey('CaseStage', c.stage))}</TableCell>
                {/* A closed case has no stage to be late in: its days since closing would only mislead. */}
                <TableCell>{c.stage === 'CLOSED' ? EMPTY : translate(ck('days'), { smart_count: c.daysInStage })}</TableCell>
                <TableCell>
                  {date(c.stageDueOn)}
                  {c.overdue && <Chip size="small" color="error" label={translate(ck('overdue'))} sx={{ ml: 1 }} />}
                </TableCell>
                <TableCell>{c.ownerOrganizationName ?? EMPTY}</TableCell>
                <TableCell>{c.exploitationTypes.map((t) => translate(enumKey('ExploitationType', t))).join(', ') || EMPTY}</TableCell>
                <TableCell>{date(c.dateReported)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" gap={1} sx={{ mt: 2 }}>
        {cursors.length > 1 && <Button label={ck('first_page')} onClick={reset} />}
        {data?.pageInfo.hasNextPage && <Button label={ck('next_page')} onClick={() => setCursors([...cursors, data.pageInfo.endCursor])} />}
      </Stack>
    </Box>
  );
};
