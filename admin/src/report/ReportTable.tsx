import { Typography } from '@mui/material';
import { alpha, lighten, styled } from '@mui/material/styles';
import { memo, type ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatIndicatorValue, formatPercent } from '../commons/indicatorValue.ts';
import { formatMoney, formatNumber } from '../commons/money.ts';
import { formatRateBps } from '../commons/RateBpsInput.tsx';
import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';
import { reportSections } from './reportSections.ts';

const linesOf = (row: ReportRowData) => Math.max(1, row.indicators.length);

/**
 * The table as plain `<table>` markup under one styled component (MUI's small Table look): MUI's
 * TableRow and TableCell are an emotion-styled component each, and the report has hundreds of cells.
 */
const Sheet = styled('table')(({ theme }) => ({
  width: '100%',
  borderCollapse: 'collapse',
  borderSpacing: 0,
  ...theme.typography.body2,
  '& th, & td': {
    padding: '6px 16px',
    borderBottom: `1px solid ${theme.palette.grey[400]}`,
    textAlign: 'left',
    verticalAlign: 'top',
    color: theme.palette.text.primary,
  },
  '& thead th': { fontWeight: theme.typography.fontWeightMedium, lineHeight: '1.5rem' },
  '& .num': { textAlign: 'right' },
  '& .nowrap': { whiteSpace: 'nowrap' },
  '& tr.report-objective': {
    backgroundColor: theme.palette.mode === 'light' ? theme.palette.grey[100] : lighten(alpha(theme.palette.background.paper, 1), 0.08),
  },
  '& .report-objective > .report-entity': { fontWeight: 700, paddingLeft: theme.spacing(1) },
  '& .report-activity > .report-entity': { paddingLeft: theme.spacing(3) },
  '& .report-observations': { fontSize: '0.8rem' },
  '& .report-cost': { fontWeight: 700, whiteSpace: 'nowrap', backgroundColor: theme.palette.background.paper },
  '& .report-total td': { fontWeight: 500 },
  '& .report-total.strong td, & .report-other td.num': { fontWeight: 700 },
  '& caption': { captionSide: 'bottom', textAlign: 'left', padding: theme.spacing(1, 2) },
}));

/**
 * The donor's table, laid out like section 4 of the seed report: per specific objective and
 * activity the indicators planned and executed, the observations, and the cost of the objective
 * in one merged cell; then the direct-cost subtotal, the fee, the total and how it compares with
 * the declared total.
 */
export const ReportTable = memo(({ report }: { report: ReportData }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const money = (minor: number) => formatMoney(minor, report.currency, locale);
  const yesNo: [string, string] = [translate('ruta.framework.yes'), translate('ruta.framework.no')];
  const { sections } = reportSections(report);
  const t = (key: string, options?: Record<string, unknown>) => translate(`ruta.report.${key}`, options);

  /** An objective or activity over as many table lines as it has indicators. */
  const entityLines = (row: ReportRowData, costCell: ReactNode, isObjective: boolean) => {
    const k = linesOf(row);
    return Array.from({ length: k }, (_, j) => {
      const indicator = row.indicators[j];
      return (
        <tr key={`${row.code}-${j}`} className={isObjective ? 'report-objective' : 'report-activity'}>
          {j === 0 && (
            <td rowSpan={k} className="report-entity">
              {/* As the seed prints them: "1. Strengthening…", "1.1 Work with…". */}
              {row.code}
              {isObjective ? '.' : ''} {row.title}
            </td>
          )}
          <td>
            {indicator && (
              <>
                <strong>{formatIndicatorValue(indicator.unit, indicator.target, report.currency, locale, yesNo)}</strong> {indicator.name}
              </>
            )}
          </td>
          <td className="num">{indicator && formatIndicatorValue(indicator.unit, indicator.actual, report.currency, locale, yesNo)}</td>
          <td className="num">{indicator && formatPercent(indicator.percentAchieved, locale)}</td>
          {j === 0 && (
            <td rowSpan={k} className="num report-pending" aria-label={t('pending_count', { smart_count: row.activitiesPending })}>
              {formatNumber(row.activitiesPending, locale)}
            </td>
          )}
          {j === 0 && (
            <td rowSpan={k} className="report-observations">
              {row.observations.map((o, i) => (
                <div key={i}>{o}</div>
              ))}
            </td>
          )}
          {j === 0 && costCell}
        </tr>
      );
    });
  };

  const totalRow = (key: string, label: string, amount: string, strong = false) => (
    <tr key={key} className={`report-total report-${key}${strong ? ' strong' : ''}`}>
      <td colSpan={6} className="num">
        {label}
      </td>
      <td className="num nowrap">{amount}</td>
    </tr>
  );

  return (
    <Sheet className="report-table" aria-label={t('table')}>
      <thead>
        <tr>
          <th scope="col" style={{ width: '26%' }}>
            {t('columns.objective')}
          </th>
          <th scope="col" style={{ width: '24%' }}>
            {t('columns.planned')}
          </th>
          <th scope="col" className="num">
            {t('columns.executed')}
          </th>
          <th scope="col" className="num">
            {t('columns.achieved')}
          </th>
          <th scope="col" className="num">
            {t('columns.pending')}
          </th>
          <th scope="col" style={{ width: '24%' }}>
            {t('columns.observations')}
          </th>
          <th scope="col" className="num">
            {t('columns.cost')}
          </th>
        </tr>
      </thead>
      <tbody>
        {sections.map(({ objective, activities }) => {
          const span = linesOf(objective) + activities.reduce((a, r) => a + linesOf(r), 0);
          const cost = (
            <td key="cost" rowSpan={span} className="num report-cost">
              {money(objective.cost)}
            </td>
          );
          return [
            ...entityLines(objective, cost, objective.level === 'SPECIFIC'),
            ...activities.flatMap((a) => entityLines(a, null, false)),
          ];
        })}
        {report.otherCosts.map((c, i) => (
          <tr key={`other-${i}`} className="report-other">
            <td colSpan={6}>{t('other_cost', { label: c.label })}</td>
            <td className="num nowrap">{money(c.cost)}</td>
          </tr>
        ))}
        {totalRow('subtotal', t('subtotal'), money(report.subtotal), true)}
        {totalRow('fee', t('admin_fee', { rate: formatRateBps(report.adminFeeRateBps, locale) }), money(report.adminFee))}
        {totalRow('total', t('total'), money(report.total), true)}
        {totalRow('declared', t('declared_total'), money(report.declaredTotal))}
        {totalRow('difference', t('difference'), money(report.difference))}
      </tbody>
      <caption>
        {report.difference !== 0 && (
          <Typography variant="caption" component="p">
            {t(report.difference > 0 ? 'difference_under' : 'difference_over')}
          </Typography>
        )}
        <Typography variant="caption" component="p">
          {t('pending_note')}
        </Typography>
      </caption>
    </Sheet>
  );
});
