import { Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney, toMajor } from '../../commons/money.ts';
import { programPeriod } from '../../commons/months.ts';
import { frameworkKeys } from '../../providers/framework/queryKeys.ts';
import { useRutaDataProvider } from '../../providers/useRutaDataProvider.ts';
import { PlannedExecutedChart } from '../../report/charts/PlannedExecutedChart.tsx';
import { objectiveFigures } from '../../report/reportSections.ts';
import type { DashboardTileProps } from '../tiles.ts';
import { errorKey, TileCard } from './TileCard.tsx';

/**
 * Spent vs planned by objective over the whole program: the results report's own figures (one
 * `resultsReport`, five DynamoDB requests whatever the number of records), drawn with the report's chart.
 */
export const SpentPlannedTile = ({ program }: DashboardTileProps) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useRutaDataProvider();
  const whole = programPeriod(program.startDate, program.endDate);
  const { data: report, error } = useQuery({
    queryKey: frameworkKeys.report(program.id, whole.from, whole.to),
    queryFn: () => dataProvider.resultsReport(program.id, whole.from, whole.to).then((r) => r.data),
  });
  const t = (key: string, options?: object) => translate(`ruta.dashboard.team.spent.${key}`, options);
  const money = (minor: number) => formatMoney(minor, program.currency, locale);
  const compact = (minor: number) =>
    new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(toMajor(minor, program.currency));
  const figures = report ? objectiveFigures(report) : [];
  const planned = figures.reduce((a, f) => a + f.planned, 0);
  const spent = figures.reduce((a, f) => a + f.executed, 0);
  return (
    <TileCard
      title="ruta.dashboard.team.spent.title"
      note={t('note', { currency: program.currency })}
      wide
      loading={!report}
      error={errorKey(error)}
    >
      {report && (
        <>
          <Typography data-testid="spent-totals" sx={{ mb: 1 }}>
            {t('totals', { spent: money(spent), planned: money(planned) })}
          </Typography>
          <PlannedExecutedChart
            data={figures.map((f) => ({ ...f, title: f.label === f.title ? f.title : `${f.label}. ${f.title}` }))}
            title={t('title')}
            legend={{ planned: t('planned'), executed: t('spent') }}
            format={money}
            formatAxis={compact}
          />
        </>
      )}
    </TileCard>
  );
};
