import { Box, Typography } from '@mui/material';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, formatNumber, toMajor } from '../commons/money.ts';
import type { ReportData } from '../providers/report/reportMethods.ts';
import { CostShareChart } from './charts/CostShareChart.tsx';
import { PlannedExecutedChart } from './charts/PlannedExecutedChart.tsx';
import { objectiveFigures } from './reportSections.ts';

/** The two charts under the table: budget against cost per objective, and how the cost divides. */
export const ReportCharts = memo(({ report }: { report: ReportData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const figures = objectiveFigures(report);
  const money = (minor: number) => formatMoney(minor, report.currency, locale);
  // Cached formats (commons/money.ts): a new Intl.NumberFormat per axis tick and bar cost more than the chart.
  const compact = (minor: number) =>
    formatNumber(toMajor(minor, report.currency), locale, {
      notation: 'compact',
      maximumFractionDigits: 1,
      useGrouping: 'min2',
    } as Intl.NumberFormatOptions);
  const share = (f: number) =>
    formatNumber(f, locale, { style: 'percent', maximumFractionDigits: 1, useGrouping: 'auto' } as Intl.NumberFormatOptions);
  const plannedTitle = translate('ruta.report.charts.planned_executed');
  const costTitle = translate('ruta.report.charts.cost_share');
  return (
    <Box className="report-charts" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3, mt: 3 }}>
      <Box className="report-chart" data-chart="planned-executed">
        <Typography variant="subtitle1" fontWeight={600}>
          {plannedTitle}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('ruta.report.charts.planned_executed_note', { currency: report.currency })}
        </Typography>
        <PlannedExecutedChart
          data={figures.map((f) => ({ ...f, title: `${f.label}. ${f.title}` }))}
          title={plannedTitle}
          legend={{ planned: translate('ruta.report.charts.planned'), executed: translate('ruta.report.charts.executed') }}
          format={money}
          formatAxis={compact}
        />
      </Box>
      <Box className="report-chart" data-chart="cost-share">
        <Typography variant="subtitle1" fontWeight={600}>
          {costTitle}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('ruta.report.charts.cost_share_note', { subtotal: money(report.subtotal) })}
        </Typography>
        <CostShareChart
          data={figures.map((f) => ({ label: f.label, title: f.label === f.title ? f.title : `${f.label}. ${f.title}`, cost: f.executed }))}
          total={report.subtotal}
          title={costTitle}
          format={money}
          formatShare={share}
        />
      </Box>
    </Box>
  );
});
