import Download from '@mui/icons-material/Download';
import GridOn from '@mui/icons-material/GridOn';
import Print from '@mui/icons-material/Print';
import { Alert, Box, CircularProgress, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { Button, downloadCSV, Title, useAuthenticated, useCanAccess, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { reportPeriodInput } from '@ruta/schema/zod/framework';
import type { Period } from '../commons/months.ts';
import { frameworkKeys } from '../providers/framework/queryKeys.ts';
import { useRutaDataProvider } from '../providers/useRutaDataProvider.ts';
import type { ReportData } from '../providers/report/reportMethods.ts';
import { useMountedLater } from '../resources/program/framework/useMountedLater.ts';
import { PeriodPicker } from './PeriodPicker.tsx';
import { PrintStyles } from './PrintStyles.tsx';
import { ReportCharts } from './ReportCharts.tsx';
import { reportCsv, reportFileStem, reportSheet, sheetName } from './reportExport.ts';
import { defaultPeriod } from './reportPeriod.ts';
import { reportSections } from './reportSections.ts';
import { ReportTable } from './ReportTable.tsx';

const DATES = new Map<string, Intl.DateTimeFormat>();
/** One long-date format per locale for the page's life: building one costs far more than using it. */
const longDate = (iso: string, locale: string) => {
  let format = DATES.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    DATES.set(locale, format);
  }
  return format.format(new Date(iso));
};

/**
 * The printable document: heading, overall objective, table, charts. The charts come a task after
 * the table (useMountedLater), so the first paint of the report is not one long task with both;
 * memoised, so exporting or a new period being typed does not render the table again.
 */
const ReportDocument = memo(({ report }: { report: ReportData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const chartsMounted = useMountedLater();
  const { overall } = reportSections(report);
  return (
    <Paper className="report-document" sx={{ p: 3 }}>
      <Typography variant="overline">{translate('ruta.report.heading')}</Typography>
      <Typography variant="h5" component="h2">
        {report.programName}
      </Typography>
      <Typography color="text.secondary" gutterBottom>
        {translate('ruta.report.period_line', { from: longDate(report.from, locale), to: longDate(report.to, locale) })}
      </Typography>
      {overall && (
        <Typography variant="body2" sx={{ my: 1.5 }}>
          <strong>{translate('ruta.report.overall')}</strong> {overall.title}
        </Typography>
      )}
      <ReportTable report={report} />
      {chartsMounted && <ReportCharts report={report} />}
    </Paper>
  );
});

/** Today as YYYY-MM-DD (UTC), to tell an ended program from a running one. */
const today = () => new Date().toISOString().slice(0, 10);

/** The workbook, written by write-excel-file: loaded on the first click, in a chunk of its own. */
async function downloadXlsx(report: ReportData, translate: ReturnType<typeof useTranslate>, locale: string): Promise<void> {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const { data, columns } = reportSheet(report, { translate, locale });
  await writeXlsxFile(data, { columns, sheet: sheetName(translate('ruta.report.menu')) }).toFile(`${reportFileStem(report)}.xlsx`);
}

/**
 * The results-by-objective report a donor pulls: pick a program and a period (a quarter, the whole
 * program or any months), read the table and charts, export it as CSV or as an Excel workbook laid
 * out like the page, print it on A4. The period lives in the address, so a printed or shared link
 * shows the same report.
 */
export const ResultsReportPage = () => {
  useAuthenticated();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [writingXlsx, setWritingXlsx] = useState(false);
  const [params, setParams] = useSearchParams();
  const dataProvider = useRutaDataProvider();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'ResultsReport', action: 'list' });
  // A typed read, not react-admin's getList: the page then never loads the CRUD layer (providers/lazyDataProvider.ts).
  const { data: programs, isPending: loadingPrograms } = useQuery({
    queryKey: frameworkKeys.programs(),
    queryFn: () => dataProvider.reportPrograms().then((r) => r.data),
    enabled: !!canAccess,
  });
  const program = programs?.find((p) => p.id === params.get('program')) ?? programs?.[0];
  const period: Period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };

  // Until the user chooses: an ended program as a whole, a running one on its current quarter.
  useEffect(() => {
    if (!program || (params.get('program') === program.id && period.from && period.to)) return;
    const initial = defaultPeriod(program, today());
    setParams({ program: program.id, from: period.from || initial.from, to: period.to || initial.to }, { replace: true });
  }, [program, params, period.from, period.to, setParams]);

  const valid = !!program && reportPeriodInput.safeParse({ programId: program.id, ...period });
  const report = useQuery({
    queryKey: frameworkKeys.report(program?.id ?? '', period.from, period.to),
    queryFn: () => dataProvider.resultsReport(program!.id, period.from, period.to).then((r) => r.data),
    enabled: !!valid && valid.success,
  });

  // Drawn from a deferred copy: react-query hands the report over through an external store, whose
  // updates React renders synchronously — table and all in one long task; the deferred render is
  // sliced (a transition), the spinner staying until it commits (issue 14, TBT).
  const shownReport = useDeferredValue(report.data);

  if (!checking && !canAccess)
    return (
      <Alert severity="warning" sx={{ mt: 2 }}>
        {translate('ruta.errors.FORBIDDEN')}
      </Alert>
    );
  const choose = (next: Partial<{ program: string } & Period>) =>
    setParams({ program: next.program ?? program?.id ?? '', from: next.from ?? period.from, to: next.to ?? period.to });
  const exportCsv = () => {
    if (report.data) downloadCSV(reportCsv(report.data, { translate, locale }), reportFileStem(report.data));
  };
  const exportXlsx = () => {
    if (!report.data) return;
    setWritingXlsx(true);
    downloadXlsx(report.data, translate, locale)
      .catch((e: unknown) => notify('ruta.export.failed', { type: 'error', messageArgs: { error: String(e) } }))
      .finally(() => setWritingXlsx(false));
  };
  const problem = valid && !valid.success ? valid.error.issues[0]?.message : undefined;

  return (
    <Box sx={{ mt: 2 }}>
      <Title title={translate('ruta.report.title')} />
      <PrintStyles />
      <Stack
        className="no-print"
        direction={{ xs: 'column', md: 'row' }}
        gap={2}
        alignItems={{ md: 'center' }}
        sx={{ mb: 2 }}
        flexWrap="wrap"
      >
        <TextField
          select
          size="small"
          label={translate('ruta.report.program')}
          value={program?.id ?? ''}
          onChange={(e) => {
            const next = programs?.find((p) => p.id === e.target.value);
            if (next) choose({ program: next.id, ...defaultPeriod(next, today()) });
          }}
          sx={{ minWidth: 320, maxWidth: 480 }}
        >
          {(programs ?? []).map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name}
            </MenuItem>
          ))}
        </TextField>
        {program && <PeriodPicker startDate={program.startDate} endDate={program.endDate} value={period} onChange={(p) => choose(p)} />}
        <Box sx={{ flex: 1 }} />
        <Button label="ruta.report.export_csv" onClick={exportCsv} disabled={!report.data}>
          <Download />
        </Button>
        <Button label="ruta.report.export_xlsx" onClick={exportXlsx} disabled={!report.data || writingXlsx}>
          <GridOn />
        </Button>
        <Button label="ruta.report.print" onClick={() => window.print()} disabled={!report.data}>
          <Print />
        </Button>
      </Stack>
      {!loadingPrograms && !programs?.length && <Alert severity="info">{translate('ruta.report.no_programs')}</Alert>}
      {problem && (
        <Alert severity="warning" className="no-print">
          {translate(problem)}
        </Alert>
      )}
      {report.error && <Alert severity="error">{translate((report.error as Error).message || 'ruta.errors.INTERNAL_SERVER_ERROR')}</Alert>}
      {((report.isFetching && !report.data) || (report.data && !shownReport)) && <CircularProgress sx={{ m: 4 }} />}
      {shownReport && <ReportDocument report={shownReport} />}
    </Box>
  );
};
