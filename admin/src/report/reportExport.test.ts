import { describe, expect, it } from 'vitest';
import type { CellObject } from 'write-excel-file/browser';
import { parseCsv } from '../commons/csvImport/parseCsv.ts';
import type { ExportContext } from '../commons/export/csvExport.ts';
import { en } from '../i18n/en.ts';
import { es } from '../i18n/es.ts';
import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';
import { reportCsv, reportSheet, sheetName } from './reportExport.ts';

function contextFor(locale: 'es' | 'en'): ExportContext {
  const messages = (locale === 'es' ? es : en) as Record<string, unknown>;
  const translate = (key: string, options: Record<string, unknown> = {}) => {
    const found = key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);
    return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? '')) : key;
  };
  return { translate, locale };
}

const row = (
  code: string,
  level: ReportRowData['level'],
  planned: number,
  cost: number,
  extra: Partial<ReportRowData> = {},
): ReportRowData => ({
  code,
  level,
  title: `Objective ${code}`,
  indicators: [],
  observations: [],
  planned,
  cost,
  activitiesPending: 0,
  ...extra,
});

const report: ReportData = {
  programId: 'p',
  programName: 'Programa P',
  currency: 'USD',
  from: '2009-07-01',
  to: '2009-07-31',
  rows: [
    row('0', 'OVERALL', 10_000, 7_000),
    row('1', 'SPECIFIC', 6_000, 5_000, {
      indicators: [
        { indicatorId: 'p~m', name: 'Money mobilised', unit: 'CURRENCY', target: 150_000, actual: 12_345, percentAchieved: 8.23 },
      ],
    }),
    row('1.1', 'ACTIVITY', 0, 0, {
      indicators: [
        { indicatorId: 'p~a', name: 'Website established', unit: 'PERCENT', target: 100, actual: 100, percentAchieved: 100 },
        { indicatorId: 'p~b', name: 'Victims reintegrated', unit: 'COUNT', target: 40, actual: 154, percentAchieved: 385 },
        { indicatorId: 'p~c', name: 'Protocol adopted', unit: 'YES_NO', target: 1, actual: null, percentAchieved: null },
      ],
      observations: ['On schedule.', 'Second month.'],
      activitiesPending: 3,
    }),
    row('2', 'SPECIFIC', 4_000, 2_000),
  ],
  otherCosts: [{ label: 'Campaign', planned: 1_000, cost: 500 }],
  subtotal: 7_500,
  adminFeeRateBps: 1000,
  adminFee: 750,
  total: 8_250,
  declaredTotal: 8_300,
  difference: 50,
};

describe('results report CSV', () => {
  const csv = (locale: 'es' | 'en') => parseCsv(reportCsv(report, contextFor(locale))).rows.map((r) => r.cells);

  it('writes one line per indicator, in the page’s order, headed in the user’s language', () => {
    const [header, ...lines] = csv('es');
    expect(header).toEqual([
      'Código',
      'Nivel',
      'Objetivo, actividad o costo',
      'Indicador',
      'Unidad',
      'Planificado',
      'Ejecutado',
      '% logrado',
      'Observaciones',
      'Actividades pendientes de revisión',
      'Presupuesto planificado (USD)',
      'Costo en el período (USD)',
    ]);
    expect(lines.map((l) => [l[0], l[1], l[3]])).toEqual([
      ['0', 'Objetivo general', ''],
      ['1', 'Objetivo específico', 'Money mobilised'],
      ['1.1', 'Actividad', 'Website established'],
      ['1.1', 'Actividad', 'Victims reintegrated'],
      ['1.1', 'Actividad', 'Protocol adopted'],
      ['2', 'Objetivo específico', ''],
      ['', 'Costo fuera de los objetivos', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
      ['', '', ''],
    ]);
  });

  it('writes values as numbers (money in major units, decimal comma in Spanish), yes/no and units translated', () => {
    const lines = csv('es');
    const indicator = (name: string) => lines.find((l) => l[3] === name)!;
    expect(indicator('Money mobilised').slice(4, 8)).toEqual(['Dinero', '1500', '123,45', '8,2']);
    expect(indicator('Victims reintegrated').slice(4, 8)).toEqual(['Número', '40', '154', '385']);
    expect(indicator('Website established').slice(4, 8)).toEqual(['Porcentaje', '100', '100', '100']);
    expect(indicator('Protocol adopted').slice(4, 8), 'nothing recorded: empty, not a dash').toEqual(['Sí / no', 'Sí', '', '']);
  });

  it('puts observations and costs on the first line of their objective only, so the cost column sums to the subtotal', () => {
    const lines = csv('en');
    expect(lines.filter((l) => l[8] !== '').map((l) => [l[3], l[8]])).toEqual([
      ['Indicator', 'Observations'],
      ['Website established', 'On schedule. | Second month.'],
    ]);
    // Activities pending review: on the first line of each objective and activity (the report shows them beside the approved figures).
    expect(lines.filter((l) => l[9] !== '').map((l) => [l[0], l[9]])).toEqual([
      ['Code', 'Activities pending review'],
      ['0', '0'],
      ['1', '0'],
      ['1.1', '3'],
      ['2', '0'],
    ]);
    const costs = lines.slice(1).filter((l) => l[1] === 'Specific objective' || l[1] === 'Cost outside the objectives');
    expect(costs.map((l) => [l[0] || l[2], l[10], l[11]])).toEqual([
      ['1', '60', '50'],
      ['2', '40', '20'],
      ['Campaign', '10', '5'],
    ]);
    expect(lines.slice(-5).map((l) => [l[2], l[11]])).toEqual([
      ['Subtotal (direct costs)', '75'],
      ['Administrative fee (10%)', '7.5'],
      ['Total', '82.5'],
      ['Declared total of the program', '83'],
      ['Difference (declared total − total)', '0.5'],
    ]);
  });
});

describe('results report workbook', () => {
  const { data, columns } = reportSheet(report, contextFor('es'));
  const cell = (r: number, c: number) => data[r]?.[c] as CellObject | null | undefined;
  const headerRow = data.findIndex((r) => (r[0] as CellObject | null)?.value === 'Objetivos específicos y actividades');

  it('heads the sheet with the title, program, period and overall objective, then a bold header row', () => {
    expect(cell(0, 0)).toMatchObject({ value: 'Resultados alcanzados por objetivo y costos de las actividades', fontWeight: 'bold' });
    expect(cell(1, 0)?.value).toBe('Programa P');
    expect(cell(2, 0)?.value).toBe('Del 1 de julio de 2009 al 31 de julio de 2009');
    expect(cell(3, 0)?.value).toBe('Objetivo general: Objective 0');
    expect(data[headerRow]!.map((c) => (c as CellObject).value)).toEqual([
      'Objetivos específicos y actividades',
      'Indicador',
      'Planificado',
      'Ejecutado',
      '% logrado',
      'Observaciones',
      'Costo por objetivo (USD)',
      'Pendientes de revisión',
    ]);
    expect(data[headerRow]!.every((c) => (c as CellObject).fontWeight === 'bold')).toBe(true);
    expect(columns).toHaveLength(8);
    expect(columns.every((c) => (c.width ?? 0) >= 10)).toBe(true);
  });

  it('lays out objectives over their indicator lines, the cost merged over the activities, numbers as numbers', () => {
    const body = data.slice(headerRow + 1);
    // Objective 1: its indicator, then activity 1.1's three.
    expect(body[0]![0]).toMatchObject({ value: '1. Objective 1', rowSpan: 1, fontWeight: 'bold' });
    expect(body[0]![6]).toMatchObject({ value: 50, type: Number, format: '#,##0.00', rowSpan: 4 });
    expect(body[0]![2]).toMatchObject({ value: 1500, type: Number, format: '#,##0.00' });
    expect(body[1]![0]).toMatchObject({ value: '1.1 Objective 1.1', rowSpan: 3 });
    expect(body[1]![2]).toMatchObject({ value: 1, format: '0%' });
    expect(body[1]![5]).toMatchObject({ value: 'On schedule.\nSecond month.', rowSpan: 3 });
    expect(body[2]![0], 'merged into the cell above').toBeNull();
    expect(body[2]![3]).toMatchObject({ value: 154, type: Number, format: '#,##0' });
    expect(body[2]![4]).toMatchObject({ value: 3.85, format: '0%' });
    expect(body[3]![2]).toMatchObject({ value: 'Sí' });
    expect(body[3]![3]).toMatchObject({ value: '—' });
    expect(body[1]![6], 'the objective’s cost covers its activities').toBeNull();
    expect(body[4]![6]).toMatchObject({ value: 20, rowSpan: 1 });
    // Activities pending review last (H), over the entity's lines.
    expect(body[1]![7]).toMatchObject({ value: 3, type: Number, rowSpan: 3 });
    expect(body[2]![7], 'merged into the cell above').toBeNull();
    expect(body[4]![7]).toMatchObject({ value: 0, type: Number });
  });

  it('ends with the costs outside the objectives and the totals, as on the page', () => {
    const labelled = data
      .filter((r) => typeof (r[6] as CellObject | null)?.value === 'number' && (r[0] as CellObject | null)?.columnSpan === 6)
      .map((r) => [(r[0] as CellObject).value, (r[6] as CellObject).value]);
    expect(labelled).toEqual([
      ['* Campaign (fuera de los objetivos)', 5],
      ['Subtotal (costos directos)', 75],
      ['Tasa administrativa (10\u00a0%)', 7.5], // Intl's percent: a no-break space
      ['Total', 82.5],
      ['Total declarado del programa', 83],
      ['Diferencia (total declarado − total)', 0.5],
    ]);
  });

  it('names the sheet within Excel’s limits', () => {
    expect(sheetName('Results by objective: Q3/2009 [draft] and more words')).toBe('Results by objective  Q3 2009  ');
  });
});
