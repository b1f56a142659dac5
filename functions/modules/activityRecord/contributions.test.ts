import { describe, expect, it } from 'vitest';
import { statChanges } from '#modules/aggregates/deltas';
import { changesSinceLastSubmission, snapshotOf } from '#modules/activityRecord/changes';
import { activityContributions } from '#modules/activityRecord/contributions';

const record = (status: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED') => ({
  programId: 'p',
  organizationId: 'o',
  objectiveCode: '1.1',
  startDate: '2008-02-04',
  quarter: '2008-Q1',
  status,
  kind: 'AWARENESS_EVENT' as const,
  totals: { women: 10, men: 5, notRecorded: 1, total: 16 },
});

describe('activity contributions', () => {
  it('counts only approved records in the figures, submitted ones as pending, every one in its partner quarter', () => {
    expect(activityContributions(record('DRAFT'))).toEqual([
      { programId: 'p', month: 'q:2008-Q1', bucket: 'org:o', counter: 'activitiesDraft', amount: 1 },
    ]);
    expect(activityContributions(record('SUBMITTED')).map((c) => c.counter)).toEqual(['activitiesPending', 'activitiesPending']);
    expect(activityContributions(record('APPROVED')).filter((c) => c.bucket === '1.1')).toEqual([
      { programId: 'p', month: '2008-02', bucket: '1.1', counter: 'activitiesApproved', amount: 1 },
      { programId: 'p', month: '2008-02', bucket: '1.1', counter: 'activitiesAwarenessEvent', amount: 1 },
      { programId: 'p', month: '2008-02', bucket: '1.1', counter: 'peopleReached', amount: 16 },
      { programId: 'p', month: '2008-02', bucket: '1.1', counter: 'peopleReachedWomen', amount: 10 },
      { programId: 'p', month: '2008-02', bucket: '1.1', counter: 'peopleReachedMen', amount: 5 },
    ]);
  });

  it('approving then returning folds back to nothing', () => {
    const approve = statChanges(activityContributions(record('SUBMITTED')), activityContributions(record('APPROVED')));
    const back = statChanges(activityContributions(record('APPROVED')), activityContributions(record('SUBMITTED')));
    expect(approve.find((c) => c.bucket === '1.1')?.add).toEqual({
      activitiesPending: -1,
      activitiesApproved: 1,
      activitiesAwarenessEvent: 1,
      peopleReached: 16,
      peopleReachedWomen: 10,
      peopleReachedMen: 5,
    });
    expect(statChanges([...activityContributions(record('SUBMITTED'))], [])).toHaveLength(2);
    expect(back.find((c) => c.bucket === '1.1')?.add).toEqual({
      activitiesPending: 1,
      activitiesApproved: -1,
      activitiesAwarenessEvent: -1,
      peopleReached: -16,
      peopleReachedWomen: -10,
      peopleReachedMen: -5,
    });
  });

  it('lists the fields changed since the last submission', () => {
    const first = { title: 'A', kind: 'MEDIA', narrative: 'x', reached: [{ band: 'ADULT', women: 1 }] };
    const snapshot = snapshotOf(first);
    expect(changesSinceLastSubmission({ ...first, status: 'RETURNED', lastSubmitted: snapshot })).toEqual([]);
    expect(changesSinceLastSubmission({ ...first, title: 'B', narrative: null, status: 'RETURNED', lastSubmitted: snapshot })).toEqual([
      { field: 'title', before: '"A"', after: '"B"' },
      { field: 'narrative', before: '"x"', after: null },
    ]);
    expect(
      changesSinceLastSubmission({
        ...first,
        title: 'B',
        status: 'SUBMITTED',
        lastSubmitted: snapshotOf({ ...first, title: 'B' }),
        previousSubmitted: snapshot,
      }),
    ).toEqual([{ field: 'title', before: '"A"', after: '"B"' }]);
  });
});
