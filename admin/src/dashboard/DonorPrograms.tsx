import { Box, Card, CardActions, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { programPeriod } from '../commons/months.ts';
import { formatMoney } from '../commons/money.ts';
import { formatRateBps } from '../commons/RateBpsInput.tsx';
import { frameworkKeys } from '../providers/framework/queryKeys.ts';
import { useRutaDataProvider } from '../providers/useRutaDataProvider.ts';
import type { ReportData } from '../providers/report/reportMethods.ts';
import type { ProgramRecord } from '../providers/graphql/fragments.ts';
import { FrameworkButton, ReportButton } from '../resources/program/ProgramLinks.tsx';

/** The whole budget: every objective's lines (rolled up into the overall objective) and the lines outside them. */
function plannedTotal(report: ReportData): number {
  const overall = report.rows.find((r) => r.level === 'OVERALL');
  const objectives = overall ? overall.planned : report.rows.filter((r) => r.level === 'SPECIFIC').reduce((a, r) => a + r.planned, 0);
  return objectives + report.otherCosts.reduce((a, c) => a + c.planned, 0);
}

const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

const Figure = ({ label, value, strong }: { label: string; value: string; strong?: boolean }) => (
  <Box sx={{ minWidth: 150 }}>
    <Typography variant="caption" color="text.secondary">
      {label}
    </Typography>
    <Typography variant={strong ? 'h6' : 'body1'}>{value}</Typography>
  </Box>
);

const ProgramCard = ({ program }: { program: ProgramRecord }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const whole = programPeriod(program.startDate, program.endDate);
  const dataProvider = useRutaDataProvider();
  const { data: report } = useQuery({
    queryKey: frameworkKeys.report(program.id, whole.from, whole.to),
    queryFn: () => dataProvider.resultsReport(program.id, whole.from, whole.to).then((r) => r.data),
  });
  const money = (minor: number) => formatMoney(minor, program.currency, locale);
  const planned = report ? plannedTotal(report) : 0;
  const progress = report && planned > 0 ? Math.min(100, (report.subtotal / planned) * 100) : 0;
  const t = (key: string, options?: object) => translate(`ruta.dashboard.donor.${key}`, options);
  return (
    <Card sx={{ flex: '1 1 420px' }} aria-label={program.name}>
      <CardContent>
        <Typography variant="h6">{program.name}</Typography>
        <Typography variant="body2" color="text.secondary" gutterBottom>
          {t('period', { from: date(program.startDate, locale), to: date(program.endDate, locale) })}
        </Typography>
        {report ? (
          <>
            <Stack direction="row" flexWrap="wrap" gap={2} sx={{ my: 1 }}>
              <Figure label={t('executed')} value={money(report.subtotal)} strong />
              <Figure label={t('planned')} value={money(planned)} />
              <Figure label={t('fee', { rate: formatRateBps(report.adminFeeRateBps, locale) })} value={money(report.adminFee)} />
              <Figure label={t('total')} value={money(report.total)} strong />
              <Figure label={t('declared')} value={money(report.declaredTotal)} />
            </Stack>
            <LinearProgress variant="determinate" value={progress} aria-label={t('executed_share')} sx={{ height: 8, borderRadius: 1 }} />
            <Typography variant="caption" color="text.secondary">
              {t('executed_share_value', { share: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(progress) })}
            </Typography>
          </>
        ) : (
          <LinearProgress />
        )}
      </CardContent>
      <CardActions>
        <ReportButton programId={program.id} />
        <FrameworkButton programId={program.id} />
      </CardActions>
    </Card>
  );
};

/** A donor's landing: the programs it funds with their headline figures and the way to the report. */
export const DonorPrograms = () => {
  const translate = useTranslate();
  const { data: programs } = useGetList<ProgramRecord>('Program', { pagination: { page: 1, perPage: 100 } });
  return (
    <Box sx={{ mb: 2 }}>
      <Typography variant="h6" sx={{ mb: 1 }}>
        {translate('ruta.dashboard.donor.title')}
      </Typography>
      {programs?.length === 0 && <Typography color="text.secondary">{translate('ruta.dashboard.donor.none')}</Typography>}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        {programs?.map((p) => (
          <ProgramCard key={p.id} program={p} />
        ))}
      </Box>
    </Box>
  );
};
