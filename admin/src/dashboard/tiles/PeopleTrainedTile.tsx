import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { BarLegend, StackedBar } from './StackedBar.tsx';
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
                <BarLegend series={SERIES.map((s) => ({ key: s.key, color: s.color, label: field(s.key) }))} />
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
                  <StackedBar
                    title={t('bar_label', { code: row.objectiveCode, ...row })}
                    total={row.total}
                    max={max}
                    segments={SERIES.map((s) => ({ key: s.key, color: s.color, value: row[s.key] }))}
                  />
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
