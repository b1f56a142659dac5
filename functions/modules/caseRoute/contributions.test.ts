import { describe, expect, it } from 'vitest';
import { statChanges } from '#modules/aggregates/deltas';
import { routeContributions, type CountedEvent } from '#modules/caseRoute/contributions';

const c = { programId: 'p1', objectiveCode: '5', sex: 'FEMALE', ageBand: 'AGE_12_17' };
/** The program's own partition (what the report reads); the breakdown by sex and age band is tested below. */
const own = <T extends { programId: string }>(xs: T[]) => xs.filter((x) => x.programId === 'p1');
const ev = (seq: number, step: string, date: string, planType?: string): CountedEvent => ({
  seq,
  step,
  date,
  form: planType ? { planType } : {},
});

describe('routeContributions', () => {
  it('counts nothing before an assistance plan; without an objective, in the bucket `case`', () => {
    expect(routeContributions(c, [ev(1, 'SCREENING', '2026-01-02')])).toEqual([]);
    expect(own(routeContributions({ programId: 'p1', objectiveCode: null }, [ev(1, 'ASSISTANCE_PLAN', '2026-01-02')]))).toEqual([
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
    expect(own(routeContributions(c, events))).toEqual([
      { programId: 'p1', month: '2026-01', bucket: '5', counter: 'victimsAssisted', amount: 1 },
      { programId: 'p1', month: '2026-03', bucket: '5', counter: 'victimsReintegrated', amount: 1 },
      { programId: 'p1', month: '2026-04', bucket: '5', counter: 'victimsInFormalEducation', amount: 1 },
      { programId: 'p1', month: '2026-06', bucket: '5', counter: 'victimsInInternships', amount: 1 },
    ]);
  });

  it('deleting the counted event moves the count to the next qualifying one, exactly', () => {
    const all = [ev(1, 'ASSISTANCE_PLAN', '2026-01-10'), ev(2, 'ASSISTANCE_PLAN', '2026-02-10')];
    const changes = own(statChanges(routeContributions(c, all), routeContributions(c, all.slice(1))));
    expect(changes).toEqual([
      { programId: 'p1', month: '2026-01', bucket: '5', add: { victimsAssisted: -1 } },
      { programId: 'p1', month: '2026-02', bucket: '5', add: { victimsAssisted: 1 } },
    ]);
    expect(own(statChanges(routeContributions(c, all.slice(1)), routeContributions(c, [])))).toEqual([
      { programId: 'p1', month: '2026-02', bucket: '5', add: { victimsAssisted: -1 } },
    ]);
    // A second plan changes nothing.
    expect(statChanges(routeContributions(c, all.slice(0, 1)), routeContributions(c, all))).toEqual([]);
  });

  it('counts each metric again by sex and age band, in the breakdown partition the report never reads', () => {
    const events = [ev(1, 'ASSISTANCE_PLAN', '2026-01-10'), ev(2, 'REINTEGRATION_PLAN', '2026-03-01', 'INTERNSHIP')];
    expect(routeContributions(c, events).filter((x) => x.programId !== 'p1')).toEqual([
      { programId: 'p1~victims', month: '2026-01', bucket: '5|FEMALE|AGE_12_17', counter: 'victimsAssisted', amount: 1 },
      { programId: 'p1~victims', month: '2026-03', bucket: '5|FEMALE|AGE_12_17', counter: 'victimsReintegrated', amount: 1 },
      { programId: 'p1~victims', month: '2026-03', bucket: '5|FEMALE|AGE_12_17', counter: 'victimsInInternships', amount: 1 },
    ]);
    // Sex and age not recorded: UNKNOWN; no objective: the bucket `case`.
    expect(routeContributions({ programId: 'p1' }, events.slice(0, 1))).toEqual([
      { programId: 'p1', month: '2026-01', bucket: 'case', counter: 'victimsAssisted', amount: 1 },
      { programId: 'p1~victims', month: '2026-01', bucket: 'case|UNKNOWN|UNKNOWN', counter: 'victimsAssisted', amount: 1 },
    ]);
    // A deleted plan takes its breakdown with it.
    expect(statChanges(routeContributions(c, events), routeContributions(c, events.slice(0, 1)))).toEqual([
      { programId: 'p1', month: '2026-03', bucket: '5', add: { victimsReintegrated: -1, victimsInInternships: -1 } },
      {
        programId: 'p1~victims',
        month: '2026-03',
        bucket: '5|FEMALE|AGE_12_17',
        add: { victimsReintegrated: -1, victimsInInternships: -1 },
      },
    ]);
  });
});
