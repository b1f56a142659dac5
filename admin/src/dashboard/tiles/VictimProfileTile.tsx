import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { graphql } from '#graphql/generated/gql.ts';
import { runQuery } from '#providers/graphql/request.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

/** Victims by objective, sex and age band (one Query of the breakdown the case and route transactions keep). */
const victimProfileQuery = graphql(`
  query victimProfileTotals($programId: ID!) {
    victimProfileTotals(programId: $programId) {
      objectiveCode
      sex
      ageBand
      identified
      assisted
      reintegrated
      inFormalEducation
      inInternships
    }
  }
`);

const SEXES = ['FEMALE', 'MALE', 'TRANSGENDER_FEMALE', 'TRANSGENDER_MALE', 'NON_CONFORMING', 'UNKNOWN'];
const BANDS = ['AGE_0_11', 'AGE_12_17', 'AGE_18_24', 'AGE_25_39', 'AGE_40_PLUS', 'UNKNOWN'];
const COLUMNS = [
  ['identified', 'identified'],
  ['assisted', 'assisted'],
  ['reintegrated', 'reintegrated'],
  ['inFormalEducation', 'formal_education'],
  ['inInternships', 'internships'],
] as const;
type Figures = Record<(typeof COLUMNS)[number][0], number>;

/**
 * The program's victims by sex and age band, summed over its objectives and months: a table (sex and
 * age band as row headers) with the totals on the last row. Only groups with someone counted are shown.
 */
export const VictimProfileTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, error } = useQuery({
    queryKey: ['ruta', 'dashboard', 'victim-profile', program.id],
    queryFn: async () => (await runQuery(victimProfileQuery, { programId: program.id })).victimProfileTotals,
  });
  const t = (key: string) => translate(`ruta.caseRoute.profile.${key}`);
  const number = new Intl.NumberFormat(locale);
  const zero = (): Figures => ({ identified: 0, assisted: 0, reintegrated: 0, inFormalEducation: 0, inInternships: 0 });
  const groups = new Map<string, Figures & { sex: string; ageBand: string }>();
  const total = zero();
  for (const r of data ?? []) {
    const key = `${r.sex}|${r.ageBand}`;
    const g = groups.get(key) ?? { ...zero(), sex: r.sex, ageBand: r.ageBand };
    for (const [k] of COLUMNS) {
      g[k] += r[k];
      total[k] += r[k];
    }
    groups.set(key, g);
  }
  const rows = [...groups.values()].sort(
    (a, b) => SEXES.indexOf(a.sex) - SEXES.indexOf(b.sex) || BANDS.indexOf(a.ageBand) - BANDS.indexOf(b.ageBand),
  );
  return (
    <TileCard title="ruta.caseRoute.profile.title" note={t('note')} wide loading={!data} error={errorKey(error)}>
      {data && !rows.length && <Typography>{t('empty')}</Typography>}
      {rows.length > 0 && (
        <Table size="small" aria-label={t('caption')} data-testid="victim-profile">
          <TableHead>
            <TableRow>
              <TableCell>{t('sex')}</TableCell>
              <TableCell>{t('age_band')}</TableCell>
              {COLUMNS.map(([k, label]) => (
                <TableCell key={k} align="right">
                  {t(label)}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={`${r.sex}|${r.ageBand}`}>
                <TableCell component="th" scope="row">
                  {translate(`ruta.case.enums.CaseSex.${r.sex}`)}
                </TableCell>
                <TableCell component="th" scope="row">
                  {translate(`ruta.case.enums.AgeBand.${r.ageBand}`)}
                </TableCell>
                {COLUMNS.map(([k]) => (
                  <TableCell key={k} align="right">
                    {number.format(r[k])}
                  </TableCell>
                ))}
              </TableRow>
            ))}
            <TableRow>
              <TableCell component="th" scope="row" colSpan={2} sx={{ fontWeight: 600 }}>
                {t('total')}
              </TableCell>
              {COLUMNS.map(([k]) => (
                <TableCell key={k} align="right" sx={{ fontWeight: 600 }}>
                  {number.format(total[k])}
                </TableCell>
              ))}
            </TableRow>
          </TableBody>
        </Table>
      )}
    </TileCard>
  );
};
