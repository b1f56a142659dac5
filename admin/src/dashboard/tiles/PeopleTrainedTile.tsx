import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

/** Women, men and not recorded: colours with AA contrast against white, told apart by the table too. */
const SERIES = [
  { key: 'women', color: '#6a1b9a' },
  { key: 'men', color: '#1565c0' },
  { key: 'notRecorded', color: '#616161' },
] as const;

/**
 * People trained by objective and sex over the whole program: one `trainingTotals` (one Query of the
 * program's aggregates). Each objective is a table row whose stacked bar (HTML, hidden from screen
 * readers) repeats the figures in the row's cells: the table is the text alternative.
 */
export const PeopleTrainedTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useRutaDataProvider();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'people-trained', program.id],
    queryFn: () => dataProvider.trainingTotals(program.id).then((r) => r.data),
  });
  const number = new Intl.NumberFormat(locale);
  const max = Math.max(1, ...(data ?? []).map((t) => t.total));
  const t = (key: string, options?: object) => translate(`ruta.people_trained.${key}`, options);
  const field = (key: string) => translate(`resources.Training.fields.${key}`);
  return (
    <TileCard title="ruta.people_trained.title" wide loading={!data} error={errorKey(error)}>
      {data && !data.length && <Typography>{t('empty')}</Typography>}
      {data && data.length > 0 && (
        <Table size="small" aria-label={t('caption')} data-testid="people-trained">
          <TableHead>
            <TableRow>
              <TableCell>{t('objective')}</TableCell>
              <TableCell sx={{ width: '40%' }}>
                <Box aria-hidden sx={{ display: 'flex', gap: 1.5, flexWrap: 'wrap', fontSize: '0.75rem' }}>
                  {SERIES.map((s) => (
                    <Box key={s.key} component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                      <Box component="span" sx={{ width: 10, height: 10, bgcolor: s.color, display: 'inline-block' }} />
                      {field(s.key)}
                    </Box>
                  ))}
                </Box>
              </TableCell>
              {SERIES.map((s) => (
                <TableCell key={s.key} align="right">
                  {field(s.key)}
                </TableCell>
              ))}
              <TableCell align="right">{field('total')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {data.map((row) => (
              <TableRow key={row.objectiveCode}>
                <TableCell component="th" scope="row">
                  {row.objectiveCode}
                </TableCell>
                <TableCell>
                  <Box
                    aria-hidden
                    title={t('bar_label', { code: row.objectiveCode, ...row })}
                    sx={{ display: 'flex', height: 12, width: `${(row.total / max) * 100}%`, minWidth: row.total ? 4 : 0 }}
                  >
                    {SERIES.map((s) => (
                      <Box key={s.key} sx={{ bgcolor: s.color, flexGrow: row[s.key], flexBasis: 0 }} />
                    ))}
                  </Box>
                </TableCell>
                {SERIES.map((s) => (
                  <TableCell key={s.key} align="right">
                    {number.format(row[s.key])}
                  </TableCell>
                ))}
                <TableCell align="right" sx={{ fontWeight: 600 }}>
                  {number.format(row.total)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </TileCard>
  );
};
