import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatIndicatorValue, formatPercent } from '../commons/indicatorValue.ts';
import { formatMoney, formatNumber } from '../commons/money.ts';
import { formatRateBps } from '../commons/RateBpsInput.tsx';
import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';
import { reportSections } from './reportSections.ts';

const linesOf = (row: ReportRowData) => Math.max(1, row.indicators.length);

/**
 * The donor's table, laid out like section 4 of the seed report: per specific objective and
 * activity the indicators planned and executed, the observations, and the cost of the objective
 * in one merged cell; then the direct-cost subtotal, the fee, the total and how it compares with
 * the declared total.
 */
export const ReportTable = ({ report }: { report: ReportData }) => {
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
        <TableRow
          key={`${row.code}-${j}`}
          className={isObjective ? 'report-objective' : 'report-activity'}
          sx={isObjective ? { bgcolor: 'grey.100' } : undefined}
        >
          {j === 0 && (
            <TableCell rowSpan={k} sx={{ fontWeight: isObjective ? 700 : 400, pl: isObjective ? 1 : 3 }}>
              {/* As the seed prints them: "1. Strengthening…", "1.1 Work with…". */}
              {row.code}
              {isObjective ? '.' : ''} {row.title}
            </TableCell>
          )}
          <TableCell>
            {indicator && (
              <>
                <strong>{formatIndicatorValue(indicator.unit, indicator.target, report.currency, locale, yesNo)}</strong> {indicator.name}
              </>
            )}
          </TableCell>
          <TableCell align="right">
            {indicator && formatIndicatorValue(indicator.unit, indicator.actual, report.currency, locale, yesNo)}
          </TableCell>
          <TableCell align="right">{indicator && formatPercent(indicator.percentAchieved, locale)}</TableCell>
          {j === 0 && (
            <TableCell
              rowSpan={k}
              align="right"
              className="report-pending"
              aria-label={t('pending_count', { smart_count: row.activitiesPending })}
            >
              {formatNumber(row.activitiesPending, locale)}
            </TableCell>
          )}
          {j === 0 && (
            <TableCell rowSpan={k} sx={{ fontSize: '0.8rem' }}>
              {row.observations.map((o, i) => (
                <div key={i}>{o}</div>
              ))}
            </TableCell>
          )}
          {j === 0 && costCell}
        </TableRow>
      );
    });
  };

  const totalRow = (key: string, label: string, amount: string, strong = false) => (
    <TableRow key={key} className={`report-total report-${key}`}>
      <TableCell colSpan={6} align="right" sx={{ fontWeight: strong ? 700 : 500 }}>
        {label}
      </TableCell>
      <TableCell align="right" sx={{ fontWeight: strong ? 700 : 500, whiteSpace: 'nowrap' }}>
        {amount}
      </TableCell>
    </TableRow>
  );

  return (
    <Table
      size="small"
      className="report-table"
      aria-label={t('table')}
      sx={{ '& td, & th': { verticalAlign: 'top', borderColor: 'grey.400' } }}
    >
      <TableHead>
        <TableRow>
          <TableCell sx={{ width: '26%' }}>{t('columns.objective')}</TableCell>
          <TableCell sx={{ width: '24%' }}>{t('columns.planned')}</TableCell>
          <TableCell align="right">{t('columns.executed')}</TableCell>
          <TableCell align="right">{t('columns.achieved')}</TableCell>
          <TableCell align="right">{t('columns.pending')}</TableCell>
          <TableCell sx={{ width: '24%' }}>{t('columns.observations')}</TableCell>
          <TableCell align="right">{t('columns.cost')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {sections.map(({ objective, activities }) => {
          const span = linesOf(objective) + activities.reduce((a, r) => a + linesOf(r), 0);
          const cost = (
            <TableCell key="cost" rowSpan={span} align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap', bgcolor: 'background.paper' }}>
              {money(objective.cost)}
            </TableCell>
          );
          return [
            ...entityLines(objective, cost, objective.level === 'SPECIFIC'),
            ...activities.flatMap((a) => entityLines(a, null, false)),
          ];
        })}
        {report.otherCosts.map((c, i) => (
          <TableRow key={`other-${i}`} className="report-other">
            <TableCell colSpan={6}>{t('other_cost', { label: c.label })}</TableCell>
            <TableCell align="right" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>
              {money(c.cost)}
            </TableCell>
          </TableRow>
        ))}
        {totalRow('subtotal', t('subtotal'), money(report.subtotal), true)}
        {totalRow('fee', t('admin_fee', { rate: formatRateBps(report.adminFeeRateBps, locale) }), money(report.adminFee))}
        {totalRow('total', t('total'), money(report.total), true)}
        {totalRow('declared', t('declared_total'), money(report.declaredTotal))}
        {totalRow('difference', t('difference'), money(report.difference))}
      </TableBody>
      <caption style={{ captionSide: 'bottom', textAlign: 'left' }}>
        {report.difference !== 0 && (
          <Typography variant="caption" component="p">
            {t(report.difference > 0 ? 'difference_under' : 'difference_over')}
          </Typography>
        )}
        <Typography variant="caption" component="p">
          {t('pending_note')}
        </Typography>
      </caption>
    </Table>
  );
};
