import { describe, expect, it } from 'vitest';
import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';
import { objectiveFigures, reportCsvRows, reportSections } from './reportSections.ts';

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
  ...extra,
});

const report: ReportData = {
  programId: 'p',
  programName: 'P',
  currency: 'USD',
  from: '2009-07-01',
  to: '2009-07-31',
  rows: [
    row('0', 'OVERALL', 10_000, 7_000),
    row('1', 'SPECIFIC', 6_000, 5_000),
    row('1.1', 'ACTIVITY', 0, 0, {
      indicators: [
        { indicatorId: 'p~a', name: 'Website established', unit: 'PERCENT', target: 100, actual: 100, percentAchieved: 100 },
        { indicatorId: 'p~b', name: 'Victims reintegrated', unit: 'COUNT', target: 40, actual: null, percentAchieved: null },
      ],
      observations: ['On schedule.'],
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

describe('results report', () => {
  it('groups activities under their specific objective', () => {
    const { overall, sections } = reportSections(report);
    expect(overall?.code).toBe('0');
    expect(sections.map((s) => [s.objective.code, s.activities.map((a) => a.code)])).toEqual([
      ['1', ['1.1']],
      ['2', []],
    ]);
  });

  it('charts specific objectives and the costs outside them', () => {
    expect(objectiveFigures(report).map((f) => [f.label, f.planned, f.executed])).toEqual([
      ['1', 6_000, 5_000],
      ['2', 4_000, 2_000],
      ['Campaign', 1_000, 500],
    ]);
  });

  it('writes one CSV row per objective and activity, then the totals in major units, difference as it is', () => {
    const rows = reportCsvRows(report);
    expect(Object.keys(rows[0]!)).toEqual([
      'code',
      'level',
      'title',
      'planned',
      'executed',
      'achieved',
      'observations',
      'plannedCost',
      'cost',
    ]);
    const activity = rows.find((r) => r.code === '1.1')!;
    expect(activity.planned).toBe('Website established: 100 %; Victims reintegrated: 40');
    expect(activity.executed).toBe('Website established: 100 %; Victims reintegrated: -');
    expect(activity.achieved).toBe('Website established: 100 %; Victims reintegrated: -');
    expect(activity.observations).toBe('On schedule.');
    expect(rows.find((r) => r.code === '1')).toMatchObject({ plannedCost: 60, cost: 50 });
    expect(rows.slice(-6).map((r) => [r.level, r.cost])).toEqual([
      ['OTHER_COST', 5],
      ['SUBTOTAL', 75],
      ['ADMIN_FEE', 7.5],
      ['TOTAL', 82.5],
      ['DECLARED_TOTAL', 83],
      ['DIFFERENCE', 0.5],
    ]);
  });
});
