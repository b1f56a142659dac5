import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import type { ScholarshipTally } from '../../providers/scholarship/scholarshipMethods.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { BarLegend, StackedBar } from './StackedBar.tsx';
import { errorKey, TileCard } from './TileCard.tsx';

/** Sponsor colours (at least 3:1 against white, told apart by the legend and the table's text too); the rest share grey. */
const COLORS = ['#1565c0', '#6a1b9a', '#2e7d32', '#c62828', '#8d6e00'] as const;
const OTHER = '#616161';

interface CantonRow {
  cantonCode: string;
  cantonName: string | null | undefined;
  provinceName: string | null | undefined;
  total: number;
  sponsors: ScholarshipTally[];
}

/** The server's rows (cantons with most scholarships first, the largest sponsor first) grouped by canton. */
function byCanton(rows: readonly ScholarshipTally[]): CantonRow[] {
  const cantons = new Map<string, CantonRow>();
  for (const r of rows) {
    const c = cantons.get(r.cantonCode) ?? {
      cantonCode: r.cantonCode,
      cantonName: r.cantonName,
      provinceName: r.provinceName,
      total: 0,
      sponsors: [],
    };
    c.total += r.awarded;
    c.sponsors.push(r);
    cantons.set(r.cantonCode, c);
  }
  return [...cantons.values()];
}

/**
 * Scholarships by canton and sponsor over the whole program: one `scholarshipTallies` (one Query of the
 * tallies, one BatchGetItem of the sponsors). Each canton is a table row whose stacked bar (hidden from
 * screen readers) repeats the row's text — the sponsors with their counts and the total: the table is the
 * text alternative.
 */
export const ScholarshipTallyTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useRutaDataProvider();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'scholarship-tallies', program.id],
    queryFn: () => dataProvider.scholarshipTallies(program.id).then((r) => r.data),
  });
  const t = (key: string, options?: object) => translate(`ruta.scholarship_tile.${key}`, options);
  const number = new Intl.NumberFormat(locale);
  const cantons = byCanton(data ?? []);
  const max = Math.max(1, ...cantons.map((c) => c.total));
  // Sponsors by their program-wide count: the largest get a colour of their own.
  const sponsorTotals = new Map<string, { id: string; name: string; total: number }>();
  for (const r of data ?? []) {
    const s = sponsorTotals.get(r.sponsorId) ?? { id: r.sponsorId, name: r.sponsorName ?? t('unknown'), total: 0 };
    s.total += r.awarded;
    sponsorTotals.set(r.sponsorId, s);
  }
  const sponsors = [...sponsorTotals.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const colorOf = new Map(sponsors.map((s, i) => [s.id, COLORS[i] ?? OTHER]));
  const place = (name: string | null | undefined, code: string) => name ?? code ?? '—';
  return (
    <TileCard title="ruta.scholarship_tile.title" wide loading={!data} error={errorKey(error)}>
      {data && !data.length && <Typography>{t('empty')}</Typography>}
      {data && data.length > 0 && (
        <>
          <BarLegend
            gutterBottom
            series={sponsors.slice(0, COLORS.length).map((s) => ({ key: s.id, color: colorOf.get(s.id)!, label: s.name }))}
          />
          <Table size="small" aria-label={t('caption')} data-testid="scholarship-tallies">
            <TableHead>
              <TableRow>
                <TableCell>{t('canton')}</TableCell>
                <TableCell>{t('province')}</TableCell>
                <TableCell sx={{ width: '30%' }}>
                  <Box component="span" sx={visuallyHidden}>
                    {t('legend')}
                  </Box>
                </TableCell>
                <TableCell>{t('sponsors')}</TableCell>
                <TableCell align="right">{t('count')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {cantons.map((c) => (
                <TableRow key={c.cantonCode}>
                  <TableCell component="th" scope="row">
                    {place(c.cantonName, c.cantonCode)}
                  </TableCell>
                  <TableCell>{place(c.provinceName, c.cantonCode.slice(0, 2))}</TableCell>
                  <TableCell>
                    <StackedBar
                      title={t('bar_label', { canton: place(c.cantonName, c.cantonCode), count: number.format(c.total) })}
                      total={c.total}
                      max={max}
                      segments={c.sponsors.map((s) => ({ key: s.sponsorId, color: colorOf.get(s.sponsorId)!, value: s.awarded }))}
                    />
                  </TableCell>
                  <TableCell>
                    {c.sponsors
                      .map((s) => t('sponsor_count', { sponsor: s.sponsorName ?? t('unknown'), count: number.format(s.awarded) }))
                      .join(' · ')}
                  </TableCell>
                  <TableCell align="right" sx={{ fontWeight: 600 }}>
                    {number.format(c.total)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </TileCard>
  );
};

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;
