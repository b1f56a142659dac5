import {
  Alert,
  Box,
  Button,
  CircularProgress,
  Container,
  Link,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { downloadCSV, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { provinceName } from '@ruta/schema/geo';
import { countryName } from '../commons/countries.ts';
import { fetchPublicStatistics, STAT_DIMENSIONS, type StatDimension, StatsError, type StatTable } from './statsApi.ts';
import { readChoice, type StatsChoice, writeChoice } from './statsChoice.ts';
import { cellAt, cellText, colTotal, rowTotal, statsCsv, suppressedMark } from './statsCsv.ts';

// The chart is its own chunk: the table shows first.
const StatsChart = lazy(async () => ({ default: (await import('./StatsChart.tsx')).StatsChart }));

const ENUM_OF: Partial<Record<StatDimension, string>> = { SEX: 'CaseSex', AGE_BAND: 'AgeBand', EXPLOITATION: 'ExploitationType' };

/**
 * Public statistics of identified victims of trafficking, for anyone (no sign-in): one or two
 * dimensions and a range of years, a table with totals, a chart and a CSV with the methodology. Small
 * counts come suppressed from the API and show as "<k", never as a number.
 */
export const PublicStatisticsPage = () => {
  const translate = useTranslate();
  const [locale, setLocale] = useLocaleState();
  const t = (key: string, options?: object) => translate(`ruta.public_stats.${key}`, options);
  // The choice lives in the address, not in state: a language switch re-mounts the page (statsChoice.ts).
  const [params, setParams] = useSearchParams();
  const choice = readChoice(params);
  const { first, second, yearFrom, yearTo } = choice;
  const choose = (patch: Partial<StatsChoice>) => setParams(writeChoice({ ...choice, ...patch }), { replace: true });
  const [table, setTable] = useState<StatTable | null>(null);
  const [error, setError] = useState<StatsError | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    document.title = translate('ruta.public_stats.title');
  }, [translate]);

  useEffect(() => {
    let stale = false;
    setLoading(true);
    setError(null);
    fetchPublicStatistics({ dimensions: second ? [first, second] : [first], yearFrom, yearTo })
      .then((t) => {
        if (!stale) setTable(t);
      })
      .catch((e) => {
        if (!stale) setError(e instanceof StatsError ? e : new StatsError('ERROR', String(e)));
      })
      .finally(() => {
        if (!stale) setLoading(false);
      });
    return () => {
      stale = true;
    };
  }, [first, second, yearFrom, yearTo]);

  const dimensionName = (d: StatDimension) => t(`dimensions.${d}`);
  const label = (d: StatDimension | undefined, code: string | null): string => {
    if (code === null || !d) return t('total');
    if (code === 'UNKNOWN') return t('unknown');
    if (d === 'NATIONALITY') return countryName(code, locale) ?? code;
    if (d === 'PROVINCE') return provinceName(code) ?? code;
    const type = ENUM_OF[d];
    // The case enums' names live with the case module's texts (i18n/case.*.ts).
    return type ? translate(`ruta.case.enums.${type}.${code}`, { _: code }) : code;
  };
  const number = useMemo(() => new Intl.NumberFormat(locale), [locale]);
  const show = (text: string) => (/^\d+$/.test(text) ? number.format(Number(text)) : text);

  const dims = table?.dimensions ?? [];
  // Two dimensions lay out as a cross-table even when no column has data yet.
  const two = dims.length > 1;
  const k = table?.k ?? 11;
  const note = table
    ? [
        t('note.what', { from: table.yearFrom, to: table.yearTo }),
        t('note.suppression', { k }),
        ...(dims.includes('EXPLOITATION') ? [t('note.exploitation')] : []),
        t('note.source'),
      ]
    : [];

  const download = () => {
    if (!table) return;
    const csv = statsCsv(table, {
      label: (i, code) => label(dims[i], code),
      dimensionName: (i) => dimensionName(dims[i]!),
      total: t('total'),
      note,
    });
    downloadCSV(csv, `ruta_${t('file')}_${dims.join('_').toLowerCase()}_${table.yearFrom}-${table.yearTo}`);
  };

  const years = table?.yearsAvailable ?? [];
  const caption = table
    ? t('caption', {
        dimensions: dims.map(dimensionName).join(t('by')),
        from: table.yearFrom,
        to: table.yearTo,
      })
    : '';
  const bars = table
    ? table.rows.map((r) => {
        const c = two ? rowTotal(table, r) : cellAt(table, r, null);
        return { label: label(dims[0], r), value: !c || c.suppressed ? null : c.count };
      })
    : [];

  return (
    <Box component="main" sx={{ minHeight: '100vh', bgcolor: 'background.default', py: 3 }} lang={locale}>
      <Container maxWidth="lg">
        <Stack direction="row" justifyContent="space-between" alignItems="center" flexWrap="wrap" gap={1} sx={{ mb: 2 }}>
          <Typography variant="h4" component="h1">
            {t('title')}
          </Typography>
          {/* No colour transition: mid-way, a pressed button's text is briefly too faint (axe caught it). */}
          <Stack direction="row" gap={1} component="nav" aria-label={t('language')} sx={{ '& .MuiButton-root': { transition: 'none' } }}>
            <Button
              size="small"
              variant={locale === 'es' ? 'contained' : 'outlined'}
              onClick={() => setLocale('es')}
              lang="es"
              aria-pressed={locale === 'es'}
            >
              Español
            </Button>
            <Button
              size="small"
              variant={locale === 'en' ? 'contained' : 'outlined'}
              onClick={() => setLocale('en')}
              lang="en"
              aria-pressed={locale === 'en'}
            >
              English
            </Button>
            <Link component={RouterLink} to="/login" sx={{ alignSelf: 'center', ml: 1 }}>
              {t('sign_in')}
            </Link>
          </Stack>
        </Stack>
        <Typography sx={{ mb: 2 }}>{t('intro', { k })}</Typography>
        {/* The pickers are drawn again on a language switch (disabled until the years are back); their
            fade-in passed through colours under 4.5:1, so they change at once. */}
        <Paper
          sx={{ p: 2, mb: 2, '& .MuiInputBase-root, & .MuiFormLabel-root': { transition: 'none' } }}
          component="form"
          aria-label={t('choose')}
          onSubmit={(e) => e.preventDefault()}
        >
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextField
              select
              label={t('first')}
              value={first}
              onChange={(e) => {
                const d = e.target.value as StatDimension;
                choose({ first: d, ...(second === d ? { second: '' as const } : {}) });
              }}
              sx={{ minWidth: 200 }}
              size="small"
            >
              {STAT_DIMENSIONS.map((d) => (
                <MenuItem key={d} value={d}>
                  {dimensionName(d)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('second')}
              value={second}
              onChange={(e) => choose({ second: e.target.value as StatDimension | '' })}
              sx={{ minWidth: 200 }}
              size="small"
            >
              <MenuItem value="">{t('none')}</MenuItem>
              {STAT_DIMENSIONS.filter((d) => d !== first).map((d) => (
                <MenuItem key={d} value={d}>
                  {dimensionName(d)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('year_from')}
              value={table ? String(yearFrom ?? table.yearFrom) : ''}
              onChange={(e) => {
                const y = Number(e.target.value);
                const to = yearTo ?? table?.yearTo ?? null;
                choose({ yearFrom: y, ...(to !== null && to < y ? { yearTo: y } : {}) });
              }}
              sx={{ minWidth: 120 }}
              size="small"
              disabled={!years.length}
            >
              {years.map((y) => (
                <MenuItem key={y} value={String(y)}>
                  {y}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              select
              label={t('year_to')}
              value={table ? String(yearTo ?? table.yearTo) : ''}
              onChange={(e) => choose({ yearTo: Number(e.target.value) })}
              sx={{ minWidth: 120 }}
              size="small"
              disabled={!years.length}
            >
              {years
                .filter((y) => y >= (yearFrom ?? table?.yearFrom ?? 0))
                .map((y) => (
                  <MenuItem key={y} value={String(y)}>
                    {y}
                  </MenuItem>
                ))}
            </TextField>
            <Button variant="outlined" onClick={download} disabled={!table || loading}>
              {t('download')}
            </Button>
          </Stack>
        </Paper>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }} role="alert">
            {error.code === 'RATE_LIMITED' ? t('rate_limited') : error.code === 'BAD_USER_INPUT' ? t('bad_input') : t('error')}
          </Alert>
        )}
        {loading && !table && <CircularProgress aria-label={t('loading')} />}
        {table && (
          <Box aria-busy={loading}>
            <Paper sx={{ mb: 2, overflowX: 'auto' }}>
              <Table size="small" data-testid="stats-table">
                <caption style={{ captionSide: 'top' }}>{caption}</caption>
                <TableHead>
                  <TableRow>
                    <TableCell component="th" scope="col">
                      {two ? `${dimensionName(dims[0]!)} \\ ${dimensionName(dims[1]!)}` : dimensionName(dims[0]!)}
                    </TableCell>
                    {table.cols.map((c) => (
                      <TableCell key={c} component="th" scope="col" align="right">
                        {label(dims[1], c)}
                      </TableCell>
                    ))}
                    <TableCell component="th" scope="col" align="right">
                      {t('total')}
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {table.rows.map((r) => (
                    <TableRow key={r}>
                      <TableCell component="th" scope="row">
                        {label(dims[0], r)}
                      </TableCell>
                      {table.cols.map((c) => (
                        <Count key={c} text={cellText(cellAt(table, r, c), k)} k={k} show={show} t={t} />
                      ))}
                      <Count text={cellText(two ? rowTotal(table, r) : cellAt(table, r, null), k)} k={k} show={show} t={t} strong />
                    </TableRow>
                  ))}
                  <TableRow>
                    <TableCell component="th" scope="row" sx={{ fontWeight: 'bold' }}>
                      {t('total')}
                    </TableCell>
                    {table.cols.map((c) => (
                      <Count key={c} text={cellText(colTotal(table, c), k)} k={k} show={show} t={t} strong />
                    ))}
                    <Count text={cellText(table.total, k)} k={k} show={show} t={t} strong />
                  </TableRow>
                </TableBody>
              </Table>
            </Paper>
            <Typography variant="body2" id="suppression-note" sx={{ mb: 2 }}>
              {t('note.suppression', { k })}
            </Typography>
            <Paper sx={{ p: 2, mb: 2 }}>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('chart_title', { dimension: dimensionName(dims[0]!) })}
              </Typography>
              <Suspense fallback={<CircularProgress aria-label={t('loading')} />}>
                <StatsChart
                  bars={bars}
                  title={t('chart_title', { dimension: dimensionName(dims[0]!) })}
                  suppressed={suppressedMark(k)}
                  format={(n) => number.format(n)}
                />
              </Suspense>
            </Paper>
            <Paper sx={{ p: 2 }}>
              <Typography variant="h6" component="h2" gutterBottom>
                {t('methodology')}
              </Typography>
              {note.map((n) => (
                <Typography key={n} variant="body2" paragraph>
                  {n}
                </Typography>
              ))}
            </Paper>
          </Box>
        )}
      </Container>
    </Box>
  );
};

/** A count, or the suppression mark with its explanation for screen readers and on hover. */
const Count = ({
  text,
  k,
  show,
  t,
  strong,
}: {
  text: string;
  k: number;
  show: (text: string) => string;
  t: (key: string, options?: object) => string;
  strong?: boolean;
}) => (
  <TableCell align="right" sx={strong ? { fontWeight: 'bold' } : undefined}>
    {text === suppressedMark(k) ? (
      <abbr title={t('suppressed', { k })} aria-describedby="suppression-note">
        {text}
      </abbr>
    ) : (
      show(text)
    )}
  </TableCell>
);
