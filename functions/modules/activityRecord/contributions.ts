import type { Contribution } from '#modules/aggregates/deltas';
import type { StatCounter } from '#modules/aggregates/entity';
import type { ActivityRecordItem } from '#modules/activityRecord/entity';

type Counted = Pick<
  ActivityRecordItem,
  'programId' | 'organizationId' | 'objectiveCode' | 'startDate' | 'quarter' | 'status' | 'totals' | 'kind'
>;

/** The month key of a partner's quarter counts: `q:2008-Q1`, after every `YYYY-MM`, so no report period reads it. */
export const quarterMonth = (quarter: string) => `q:${quarter}`;
/** The bucket of a partner's quarter counts. */
export const partnerBucket = (organizationId: string) => `org:${organizationId}`;

const BY_STATUS: Record<ActivityRecordItem['status'], StatCounter> = {
  DRAFT: 'activitiesDraft',
  SUBMITTED: 'activitiesPending',
  APPROVED: 'activitiesApproved',
  RETURNED: 'activitiesReturned',
};

/** The counter of approved activities of each kind (their sum is `activitiesApproved`). */
export const BY_KIND: Record<ActivityRecordItem['kind'], StatCounter> = {
  TRAINING: 'activitiesTraining',
  AWARENESS_EVENT: 'activitiesAwarenessEvent',
  DIRECT_ASSISTANCE: 'activitiesDirectAssistance',
  COORDINATION_MEETING: 'activitiesCoordinationMeeting',
  PUBLICATION: 'activitiesPublication',
  MEDIA: 'activitiesMedia',
  OTHER: 'activitiesOther',
};

/**
 * What an activity record adds to the aggregates. Only an APPROVED record counts in the figures —
 * activities approved, and of its kind, people reached (all, women, men) — under its objective in the month it started;
 * a SUBMITTED one counts once as pending review there. Beside those, every record counts once by its
 * status under its partner and quarter (month `q:<quarter>`, bucket `org:<id>`): the completeness view.
 * A transition's steps are `statSteps(before, after)`, so returning an approved record takes out
 * exactly what approving it added.
 */
export function activityContributions(r: Counted | null | undefined): Contribution[] {
  if (!r) return [];
  const at = { programId: r.programId, month: r.startDate.slice(0, 7), bucket: r.objectiveCode };
  const own: Contribution = {
    programId: r.programId,
    month: quarterMonth(r.quarter),
    bucket: partnerBucket(r.organizationId),
    counter: BY_STATUS[r.status],
    amount: 1,
  };
  if (r.status === 'SUBMITTED') return [{ ...at, counter: 'activitiesPending', amount: 1 }, own];
  if (r.status !== 'APPROVED') return [own];
  return [
    { ...at, counter: 'activitiesApproved', amount: 1 },
    { ...at, counter: BY_KIND[r.kind], amount: 1 },
    { ...at, counter: 'peopleReached', amount: r.totals.total },
    { ...at, counter: 'peopleReachedWomen', amount: r.totals.women },
    { ...at, counter: 'peopleReachedMen', amount: r.totals.men },
    own,
  ];
}
