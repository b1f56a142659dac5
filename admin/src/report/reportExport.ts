import type { CellObject, Row, SheetData } from 'write-excel-file/browser';
import { buildCsv, type ExportColumn, type ExportContext, enumLabel, majorAmount } from '../commons/export/csvExport.ts';
import { minorDigits } from '../commons/money.ts';
import { formatRateBps } from '../commons/RateBpsInput.tsx';
import type { ReportData, ReportIndicatorData, ReportRowData } from '../providers/report/reportMethods.ts';
import { reportSections } from './reportSections.ts';

/**
 * The results report as files: a CSV for spreadsheets and pivot tables (one line per indicator) and
 * an Excel workbook laid out like the page. Both are built from the same lines, in the order and
 * grouping of the page's table: the overall objective, each specific objective followed by its
 * activities, the costs outside the objectives, then the totals.
 */

/** One line of the report: an indicator of an objective or activity (or the entity alone when it has none), a cost or a total. */
interface ReportLine {
  code: string;
  /** ObjectiveLevel, `OTHER_COST`, or empty for the totals. */
  level: string;
  title: string;
  indicator?: ReportIndicatorData;
  /** On the first line of an objective or activity only, like the page's merged cells. */
  observations?: string[];
  /** Partner activities submitted and not yet reviewed, on the first line of an objective or activity. */
  pending?: number;
  /** Minor units; on the first line of a specific objective (activities roll up into it), a cost outside the objectives and the totals. */
  planned?: number;
  cost?: number;
  /** How many lines the objective or activity spans, on its first line. */
  span?: number;
  /** How many lines the objective's cost spans (the objective and its activities), on its first line. */
  costSpan?: number;
  total?: 'subtotal' | 'fee' | 'total' | 'declared' | 'difference';
}

function entityLines(row: ReportRowData, withCost: boolean, costSpan?: number): ReportLine[] {
  const count = Math.max(1, row.indicators.length);
  return Array.from({ length: count }, (_, j) => ({
    code: row.code,
    level: row.level,
    title: row.title,
    indicator: row.indicators[j],
    ...(j === 0 ? { observations: row.observations, pending: row.activitiesPending, span: count } : {}),
    ...(j === 0 && withCost ? { planned: row.planned, cost: row.cost, costSpan } : {}),
  }));
}

function reportLines(report: ReportData, t: ExportContext['translate'], locale: string): ReportLine[] {
  const { overall, sections } = reportSections(report);
  const lines: ReportLine[] = overall ? entityLines(overall, false) : [];
  for (const { objective, activities } of sections) {
    const activityLines = activities.flatMap((a) => entityLines(a, false));
    const own = entityLines(objective, true, Math.max(1, objective.indicators.length) + activityLines.length);
    lines.push(...own, ...activityLines);
  }
  for (const c of report.otherCosts) lines.push({ code: '', level: 'OTHER_COST', title: c.label, planned: c.planned, cost: c.cost });
  const total = (key: NonNullable<ReportLine['total']>, label: string, cost: number): ReportLine => ({
    code: '',
    level: '',
    title: label,
    cost,
    total: key,
  });
  lines.push(
    total('subtotal', t('ruta.report.subtotal'), report.subtotal),
    total('fee', t('ruta.report.admin_fee', { rate: formatRateBps(report.adminFeeRateBps, locale) }), report.adminFee),
    total('total', t('ruta.report.total'), report.total),
    total('declared', t('ruta.report.declared_total'), report.declaredTotal),
    total('difference', t('ruta.report.difference'), report.difference),
  );
  return lines;
}

/** An indicator value as a spreadsheet takes it: a number (money in major units, percentages as 0–100), or Sí/No. */
function indicatorValue(
  indicator: ReportIndicatorData | undefined,
  value: number | null | undefined,
  currency: string,
  t: ExportContext['translate'],
): number | string | null {
  if (!indicator || value == null) return null;
  if (indicator.unit === 'YES_NO') return t(value ? 'ruta.framework.yes' : 'ruta.framework.no');
  if (indicator.unit === 'CURRENCY') return majorAmount(value, currency);
  return value;
}

const roundAchieved = (value: number | null | undefined) => (value == null ? null : Math.round(value * 10) / 10);

function levelLabel(level: string, t: ExportContext['translate']): string {
  if (level === 'OTHER_COST') return t('ruta.report.export.other_cost');
  return level ? enumLabel('ObjectiveLevel', level, t) : '';
}

const columnHeader = (key: string) => `ruta.report.export.columns.${key}`;

function csvColumns(report: ReportData): ExportColumn<ReportLine>[] {
  const withCurrency =
    (key: string) =>
    ({ translate }: ExportContext) =>
      translate(columnHeader(key), { currency: report.currency });
  return [
    { header: columnHeader('code'), value: (l) => l.code },
    { header: columnHeader('level'), value: (l, { translate }) => levelLabel(l.level, translate) },
    { header: columnHeader('title'), value: (l) => l.title },
    { header: columnHeader('indicator'), value: (l) => l.indicator?.name },
    { header: columnHeader('unit'), value: (l, { translate }) => enumLabel('IndicatorUnit', l.indicator?.unit, translate) },
    {
      header: columnHeader('planned'),
      value: (l, { translate }) => indicatorValue(l.indicator, l.indicator?.target, report.currency, translate),
    },
    {
      header: columnHeader('executed'),
      value: (l, { translate }) => indicatorValue(l.indicator, l.indicator?.actual, report.currency, translate),
    },
    { header: columnHeader('achieved'), value: (l) => roundAchieved(l.indicator?.percentAchieved) },
    { header: columnHeader('observations'), value: (l) => l.observations?.join(' | ') },
    { header: columnHeader('pending'), value: (l) => l.pending },
    { header: withCurrency('planned_cost'), value: (l) => majorAmount(l.planned, report.currency) },
    { header: withCurrency('cost'), value: (l) => majorAmount(l.cost, report.currency) },
  ];
}

/**
 * The report as CSV: one line per indicator, each repeating its objective's code, level and title so
 * a spreadsheet can filter and pivot; observations and costs on the objective's first line only, so
 * summing the cost column over the objectives and the costs outside them gives the subtotal.
 */
export function reportCsv(report: ReportData, context: ExportContext): string {
  return buildCsv(reportLines(report, context.translate, context.locale), csvColumns(report), context);
}

/** The file name of both exports, without extension: program and period. */
export const reportFileStem = (report: ReportData) => `results-report_${report.programId}_${report.from}_${report.to}`;

// The workbook: the page's table, one sheet.

// The activities pending review come last (H), so the cost keeps its column (G) and the totals under it.
const COLUMN_WIDTHS = [48, 44, 14, 14, 11, 48, 18, 14];
const COLUMNS = COLUMN_WIDTHS.length;
const HEADER_FILL = '#D9D9D9';
const OBJECTIVE_FILL = '#F2F2F2';

function moneyFormat(currency: string): string {
  const digits = minorDigits(currency);
  return digits > 0 ? `#,##0.${'0'.repeat(digits)}` : '#,##0';
}

function indicatorCell(
  indicator: ReportIndicatorData | undefined,
  value: number | null | undefined,
  currency: string,
  t: ExportContext['translate'],
): CellObject {
  if (!indicator) return { value: '' };
  const v = indicatorValue(indicator, value, currency, t);
  if (v == null) return { value: '—', align: 'right', alignVertical: 'top' };
  if (typeof v === 'string') return { value: v, align: 'right', alignVertical: 'top' };
  if (indicator.unit === 'CURRENCY') return { value: v, type: Number, format: moneyFormat(currency), alignVertical: 'top' };
  // Excel has no "decimals only when needed": whole numbers without, others with them.
  const whole = Number.isInteger(v);
  if (indicator.unit === 'PERCENT') return { value: v / 100, type: Number, format: whole ? '0%' : '0.0%', alignVertical: 'top' };
  return { value: v, type: Number, format: whole ? '#,##0' : '#,##0.00', alignVertical: 'top' };
}

/** A long date as the page writes it: `1 de julio de 2009`. */
const longDate = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/**
 * The workbook's sheet: title, program, period and overall objective, then the table of the page —
 * objectives and activities over as many lines as they have indicators (merged cells), indicators
 * planned against executed, % achieved, observations, the objective's cost merged over its
 * activities — the costs outside the objectives and the totals. Numbers are numbers with formats;
 * Excel shows them with the separators of the reader's language.
 */
export function reportSheet(report: ReportData, context: ExportContext): { data: SheetData; columns: { width: number }[] } {
  const { translate: t, locale } = context;
  const money = moneyFormat(report.currency);
  const amount = (minor: number, bold = false): CellObject => ({
    value: majorAmount(minor, report.currency)!,
    type: Number,
    format: money,
    alignVertical: 'top',
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const spanning = (value: string, extra: CellObject = {}): Row => [
    { value, columnSpan: COLUMNS, ...extra },
    ...Array(COLUMNS - 1).fill(null),
  ];
  const { overall } = reportSections(report);
  const data: SheetData = [
    spanning(t('ruta.report.heading'), { fontWeight: 'bold', fontSize: 14 }),
    spanning(report.programName, { fontWeight: 'bold', fontSize: 12 }),
    spanning(t('ruta.report.period_line', { from: longDate(report.from, locale), to: longDate(report.to, locale) })),
  ];
  if (overall) data.push(spanning(`${t('ruta.report.overall')} ${overall.title}`, { wrap: true }));
  data.push([]);
  const head = (key: string, align?: 'right'): CellObject => ({
    value: t(`ruta.report.${key}`, { currency: report.currency }),
    fontWeight: 'bold',
    backgroundColor: HEADER_FILL,
    wrap: true,
    alignVertical: 'center',
    borderStyle: 'thin',
    ...(align ? { align } : {}),
  });
  data.push([
    head('columns.objective'),
    head('export.columns.indicator'),
    head('columns.planned', 'right'),
    head('columns.executed', 'right'),
    head('columns.achieved', 'right'),
    head('columns.observations'),
    head('export.columns.cost_by_objective', 'right'),
    head('columns.pending', 'right'),
  ]);

  for (const line of reportLines(report, t, locale)) {
    if (line.total) {
      const strong = line.total === 'subtotal' || line.total === 'total';
      data.push([
        { value: line.title, columnSpan: COLUMNS - 2, align: 'right', ...(strong ? { fontWeight: 'bold' as const } : {}) },
        ...Array(COLUMNS - 3).fill(null),
        amount(line.cost!, strong),
        null,
      ]);
      continue;
    }
    if (line.level === 'OTHER_COST') {
      data.push([
        { value: t('ruta.report.other_cost', { label: line.title }), columnSpan: COLUMNS - 2 },
        ...Array(COLUMNS - 3).fill(null),
        amount(line.cost!, true),
        null,
      ]);
      continue;
    }
    if (line.level === 'OVERALL') continue; // written above the table, as on the page
    const objective = line.level === 'SPECIFIC';
    const fill = objective ? { backgroundColor: OBJECTIVE_FILL } : {};
    const first = line.span !== undefined;
    const { indicator } = line;
    data.push([
      first
        ? {
            value: `${line.code}${objective ? '.' : ''} ${line.title}`,
            rowSpan: line.span,
            wrap: true,
            alignVertical: 'top',
            indent: objective ? 0 : 1,
            ...(objective ? { fontWeight: 'bold' as const } : {}),
            ...fill,
          }
        : null,
      indicator ? { value: indicator.name, wrap: true, alignVertical: 'top', ...fill } : { value: '', ...fill },
      { ...indicatorCell(indicator, indicator?.target, report.currency, t), ...fill },
      { ...indicatorCell(indicator, indicator?.actual, report.currency, t), ...fill },
      indicator?.percentAchieved != null
        ? { value: indicator.percentAchieved / 100, type: Number, format: '0%', alignVertical: 'top', ...fill }
        : { value: indicator ? '—' : '', align: 'right', ...fill },
      first ? { value: (line.observations ?? []).join('\n'), rowSpan: line.span, wrap: true, alignVertical: 'top', ...fill } : null,
      line.costSpan !== undefined ? { ...amount(line.cost!, true), rowSpan: line.costSpan } : null,
      first ? { value: line.pending ?? 0, type: Number, format: '#,##0', rowSpan: line.span, alignVertical: 'top', ...fill } : null,
    ]);
  }
  if (report.difference !== 0) {
    data.push([]);
    data.push(
      spanning(t(report.difference > 0 ? 'ruta.report.difference_under' : 'ruta.report.difference_over'), {
        wrap: true,
        fontStyle: 'italic',
      }),
    );
  }
  return { data, columns: COLUMN_WIDTHS.map((width) => ({ width })) };
}

/** The sheet's name: Excel allows 31 characters and none of `[]:*?/\`. */
export const sheetName = (title: string) => title.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31);
