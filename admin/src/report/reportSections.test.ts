import { describe, expect, it } from 'vitest';
import type { ReportData, ReportRowData } from '../providers/report/reportMethods.ts';
import { objectiveFigures, reportSections } from './reportSections.ts';

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
  activitiesPending: 0,
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
});
