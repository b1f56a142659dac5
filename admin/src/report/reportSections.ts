import type { IndicatorUnit } from '@ruta/schema/generated/types';
import { toMajor } from '../commons/money.ts';
import type { ReportData, ReportIndicatorData, ReportRowData } from '../providers/report/reportMethods.ts';

/** A specific objective with its activities, as the donor's table groups them. */
export interface ReportSection {
  objective: ReportRowData;
  activities: ReportRowData[];
}

const specificOf = (code: string) => code.split('.')[0]!;

/** The overall objective heads the report; specific objectives follow, each with its activities. */
export function reportSections(report: ReportData): { overall?: ReportRowData; sections: ReportSection[] } {
  const overall = report.rows.find((r) => r.level === 'OVERALL');
  const sections: ReportSection[] = [];
  for (const row of report.rows) {
    if (row.level === 'SPECIFIC') sections.push({ objective: row, activities: [] });
    else if (row.level === 'ACTIVITY') {
      const section = sections.find((s) => s.objective.code === specificOf(row.code));
      if (section) section.activities.push(row);
      else sections.push({ objective: row, activities: [] }); // an activity whose objective is gone still counts
    }
  }
  return { overall, sections };
}

/** Per specific objective: planned budget and executed cost, for the charts. */
export function objectiveFigures(report: ReportData) {
  const rows = report.rows
    .filter((r) => r.level === 'SPECIFIC')
    .map((r) => ({ label: r.code, title: r.title, planned: r.planned, executed: r.cost }));
  const others = report.otherCosts.map((c) => ({ label: c.label, title: c.label, planned: c.planned, executed: c.cost }));
  return [...rows, ...others];
}

/** A value in a CSV cell: plain numbers (money in major units), so spreadsheets can sum them. */
function csvValue(unit: IndicatorUnit, value: number | null | undefined, currency: string): string {
  if (value == null) return '';
  if (unit === 'PERCENT') return `${value} %`;
  if (unit === 'YES_NO') return value ? 'yes' : 'no';
  if (unit === 'CURRENCY') return `${toMajor(value, currency)} ${currency}`;
  return String(value);
}

const list = (indicators: ReportIndicatorData[], pick: (i: ReportIndicatorData) => string) =>
  indicators.map((i) => `${i.name}: ${pick(i)}`).join('; ');

/**
 * The report as CSV rows: one per objective and activity, then costs outside the objectives and
 * the totals, with the difference to the declared total as it is. Labels stay in English like the
 * API's codes, so a file reads the same whatever the user's language.
 */
export function reportCsvRows(report: ReportData): Record<string, string | number>[] {
  const money = (minor: number) => toMajor(minor, report.currency);
  const row = (code: string, level: string, title: string, rest: Partial<Record<string, string | number>> = {}) => ({
    code,
    level,
    title,
    planned: '',
    executed: '',
    achieved: '',
    observations: '',
    plannedCost: '',
    cost: '',
    ...rest,
  });
  const rows = report.rows.map((r) =>
    row(r.code, r.level, r.title, {
      planned: list(r.indicators, (i) => csvValue(i.unit, i.target, report.currency)),
      executed: list(r.indicators, (i) => csvValue(i.unit, i.actual, report.currency) || '-'),
      achieved: list(r.indicators, (i) => (i.percentAchieved == null ? '-' : `${Math.round(i.percentAchieved)} %`)),
      observations: r.observations.join(' | '),
      plannedCost: money(r.planned),
      cost: money(r.cost),
    }),
  );
  const others = report.otherCosts.map((c) => row('', 'OTHER_COST', c.label, { plannedCost: money(c.planned), cost: money(c.cost) }));
  const totals = [
    row('', 'SUBTOTAL', 'Direct costs', { cost: money(report.subtotal) }),
    row('', 'ADMIN_FEE', `Administrative fee (${report.adminFeeRateBps / 100} %)`, { cost: money(report.adminFee) }),
    row('', 'TOTAL', 'Total', { cost: money(report.total) }),
    row('', 'DECLARED_TOTAL', 'Declared total of the program', { cost: money(report.declaredTotal) }),
    row('', 'DIFFERENCE', 'Declared total minus total', { cost: money(report.difference) }),
  ];
  return [...rows, ...others, ...totals];
}
