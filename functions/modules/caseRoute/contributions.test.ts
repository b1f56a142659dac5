import { describe, expect, it } from 'vitest';
import { statChanges } from '#modules/aggregates/deltas';
import { routeContributions, type CountedEvent } from '#modules/caseRoute/contributions';

const c = { programId: 'p1', objectiveCode: '5' };
const ev = (seq: number, step: string, date: string, planType?: string): CountedEvent => ({
  seq,
  step,
  date,
  form: planType ? { planType } : {},
});

describe('routeContributions', () => {
  it('counts nothing before an assistance plan; without an objective, in the bucket `case`', () => {
    expect(routeContributions(c, [ev(1, 'SCREENING', '2026-01-02')])).toEqual([]);
    expect(routeContributions({ programId: 'p1', objectiveCode: null }, [ev(1, 'ASSISTANCE_PLAN', '2026-01-02')])).toEqual([
      { programId: 'p1', month: '2026-01', bucket: 'case', counter: 'victimsAssisted', amount: 1 },
    ]);
  });

  it('counts each metric once per case, in the month of the first qualifying event', () => {
    const events = [
      ev(1, 'ASSISTANCE_PLAN', '2026-01-10'),
      ev(2, 'ASSISTANCE_PLAN', '2026-02-10'),
      ev(3, 'REINTEGRATION_PLAN', '2026-03-01', 'EMPLOYMENT'),
      ev(4, 'REINTEGRATION_PLAN', '2026-04-01', 'FORMAL_EDUCATION'),
      ev(5, 'REINTEGRATION_PLAN', '2026-05-01', 'FORMAL_EDUCATION'),
      ev(6, 'REINTEGRATION_PLAN', '2026-06-01', 'INTERNSHIP'),
    ];
    expect(routeContributions(c, events)).toEqual([
      { programId: 'p1', month: '2026-01', bucket: '5', counter: 'victimsAssisted', amount: 1 },
      { programId: 'p1', month: '2026-03', bucket: '5', counter: 'victimsReintegrated', amount: 1 },
      { programId: 'p1', month: '2026-04', bucket: '5', counter: 'victimsInFormalEducation', amount: 1 },
      { programId: 'p1', month: '2026-06', bucket: '5', counter: 'victimsInInternships', amount: 1 },
    ]);
  });

  it('deleting the counted event moves the count to the next qualifying one, exactly', () => {
    const all = [ev(1, 'ASSISTANCE_PLAN', '2026-01-10'), ev(2, 'ASSISTANCE_PLAN', '2026-02-10')];
    const changes = statChanges(routeContributions(c, all), routeContributions(c, all.slice(1)));
    expect(changes).toEqual([
      { programId: 'p1', month: '2026-01', bucket: '5', add: { victimsAssisted: -1 } },
      { programId: 'p1', month: '2026-02', bucket: '5', add: { victimsAssisted: 1 } },
    ]);
    expect(statChanges(routeContributions(c, all.slice(1)), routeContributions(c, []))).toEqual([
      { programId: 'p1', month: '2026-02', bucket: '5', add: { victimsAssisted: -1 } },
    ]);
    // A second plan changes nothing.
    expect(statChanges(routeContributions(c, all.slice(0, 1)), routeContributions(c, all))).toEqual([]);
  });
});
