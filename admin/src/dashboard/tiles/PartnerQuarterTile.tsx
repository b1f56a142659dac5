import {
  Alert,
  List,
  ListItem,
  ListItemText,
  MenuItem,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocaleState, useTranslate } from 'react-admin';
import { defaultQuarter, periodsApi, quartersBetween } from '../../resources/activityRecord/periodsApi.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

const qk = (key: string) => `ruta.dashboard_quarter.${key}`;

/**
 * The partner's "my quarter": its organization's activity records of the chosen program in a quarter
 * (today's, or the program's nearest) by status with the people they reach, people reached by the
 * approved ones, and the returned ones with the reviewer's comment. One `partnerQuarter` call: four
 * key-range Queries on the partner's index, whatever its other quarters hold.
 */
export const PartnerQuarterTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [quarter, setQuarter] = useState(() => defaultQuarter(program));
  const quarters = quartersBetween(program.startDate, program.endDate ?? new Date().toISOString().slice(0, 10)).reverse();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'partnerQuarter', program.id, quarter],
    queryFn: () => periodsApi.partnerQuarter(quarter, program.id),
    // Another quarter keeps the figures shown (and the quarter picker) until its own arrive.
    placeholderData: (previous) => previous,
  });
  const number = new Intl.NumberFormat(locale);
  return (
    <TileCard title={qk('title')} note={translate(qk('note'))} loading={!data} error={errorKey(error)}>
      <TextField
        select
        size="small"
        label={translate(qk('quarter'))}
        value={quarter}
        onChange={(e) => setQuarter(e.target.value)}
        sx={{ minWidth: 180, mb: 1 }}
      >
        {quarters.map((q) => (
          <MenuItem key={q} value={q}>
            {q}
          </MenuItem>
        ))}
      </TextField>
      {data && (
        <>
          <Table size="small" aria-label={translate(qk('table'))}>
            <TableHead>
              <TableRow>
                <TableCell component="th" scope="col">
                  {translate(qk('status'))}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate(qk('records'))}
                </TableCell>
                <TableCell component="th" scope="col" align="right">
                  {translate('ruta.activity.columns.people')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.byStatus.map((s) => (
                <TableRow key={s.status} data-status={s.status}>
                  <TableCell component="th" scope="row">
                    {translate(`ruta.activity.statuses.${s.status}`)}
                  </TableCell>
                  <TableCell align="right">{number.format(s.count)}</TableCell>
                  <TableCell align="right">{number.format(s.people)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography sx={{ mt: 1 }} data-testid="quarter-people">
            {translate(qk('people'))}: <strong>{number.format(data.peopleReached)}</strong>
          </Typography>
          <Typography variant="subtitle2" component="h3" sx={{ mt: 1 }}>
            {translate(qk('returned'))}
          </Typography>
          {data.returned.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate(qk('no_returned'))}
            </Typography>
          ) : (
            <List dense disablePadding aria-label={translate(qk('returned'))}>
              {data.returned.map((r) => (
                <ListItem key={r.id} disableGutters>
                  <ListItemText>
                    <Alert severity="warning" sx={{ py: 0 }}>
                      <Link to={`/ActivityRecord/${encodeURIComponent(r.id)}/show`}>{r.title}</Link>
                      {`: ${r.reviewComment ?? '—'}`}
                    </Alert>
                  </ListItemText>
                </ListItem>
              ))}
            </List>
          )}
          <Typography variant="body2" sx={{ mt: 1 }}>
            <Link to="/ActivityRecord">{translate(qk('open_list'))}</Link>
          </Typography>
        </>
      )}
    </TileCard>
  );
};
