import { Alert, Box, Stack, Table, TableBody, TableCell, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, Link, Title, useTranslate } from 'react-admin';
import { errorMessage } from '../../commons/serverFieldErrors.ts';
import { caseApi } from './caseApi.ts';
import { ck, EMPTY, enumKey, useCaseDates } from './format.ts';

const thisMonth = () => new Date().toISOString().slice(0, 7);

/**
 * The administrator's "who read what": every read, reveal and refused read of a case in a month,
 * newest first (the audit's per-month index of case reads). Names the case by id and the reader by
 * username and organization; never a value of the case.
 */
export const CaseReadsPage = () => {
  const translate = useTranslate();
  const { dateTime } = useCaseDates();
  const [month, setMonth] = useState(thisMonth);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const valid = /^\d{4}-(0[1-9]|1[0-2])$/.test(month);
  const { data, error } = useQuery({
    queryKey: ['ruta', 'caseReads', month, after],
    queryFn: () => caseApi.reads(month, after),
    enabled: valid,
  });
  return (
    <Box sx={{ p: 2 }}>
      <Title title={translate(ck('reads_title'))} />
      <Stack direction="row" gap={2} alignItems="center" sx={{ mb: 2 }}>
        <TextField
          label={translate(ck('reads.month'))}
          type="month"
          size="small"
          value={month}
          onChange={(e) => {
            setMonth(e.target.value);
            setCursors([null]);
          }}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      </Stack>
      {error && <Alert severity="error">{translate(errorMessage(error))}</Alert>}
      {data && data.nodes.length === 0 && <Typography>{translate(ck('reads.empty'))}</Typography>}
      {data && data.nodes.length > 0 && (
        <Table size="small" aria-label={translate(ck('reads.table'))}>
          <TableHead>
            <TableRow>
              {['at', 'actor', 'organization', 'action', 'case', 'purpose', 'reason'].map((c) => (
                <TableCell key={c} component="th" scope="col">
                  {translate(ck(`reads.${c}`))}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {data.nodes.map((e) => (
              <TableRow key={e.id}>
                <TableCell>{dateTime(e.at)}</TableCell>
                <TableCell>{e.actor}</TableCell>
                <TableCell>{e.actorOrganizationId ?? EMPTY}</TableCell>
                <TableCell>{translate(ck(`reads.actions.${e.action}`), { _: e.action })}</TableCell>
                <TableCell>
                  <Link to={`/Case/${encodeURIComponent(e.entityId)}/show`}>{e.entityId}</Link>
                </TableCell>
                <TableCell>{e.purpose ? translate(enumKey('CaseReadPurpose', e.purpose)) : EMPTY}</TableCell>
                <TableCell>{e.reason ?? EMPTY}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Stack direction="row" gap={1} sx={{ mt: 2 }}>
        {cursors.length > 1 && <Button label={ck('first_page')} onClick={() => setCursors([null])} />}
        {data?.pageInfo.hasNextPage && <Button label={ck('next_page')} onClick={() => setCursors([...cursors, data.pageInfo.endCursor])} />}
      </Stack>
    </Box>
  );
};
