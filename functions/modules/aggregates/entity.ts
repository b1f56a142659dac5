import { Entity, type EntityItem } from 'electrodb';
import type { IndicatorMetric } from '@ruta/schema/generated/types';
import { bind } from '#platform/store';

/**
 * Counters the aggregates keep. Each domain that counts something names its counters here; the
 * aggregate item itself knows nothing else of any domain.
 */
export const STAT_COUNTERS = [
  'agreementsSigned',
  'expenditure',
  'trainingsHeld',
  'peopleTrained',
  'womenTrained',
  'menTrained',
  'scholarshipsAwarded',
  'scholarshipsActive',
  'victimsIdentified',
  'victimsAssisted',
  'victimsReintegrated',
  'victimsInFormalEducation',
  'victimsInInternships',
  // Partner activity records: approved ones by objective, and (months `q:<quarter>`, buckets
  // `org:<id>`) each partner's records of a quarter by status for the completeness view.
  'activitiesApproved',
  'activitiesPending',
  'activitiesDraft',
  'activitiesReturned',
  'peopleReached',
  'peopleReachedWomen',
  'peopleReachedMen',
  // Approved partner activities by kind, beside activitiesApproved (their sum).
  'activitiesTraining',
  'activitiesAwarenessEvent',
  'activitiesDirectAssistance',
  'activitiesCoordinationMeeting',
  'activitiesPublication',
  'activitiesMedia',
  'activitiesOther',
] as const;
export type StatCounter = (typeof STAT_COUNTERS)[number];

/** The counter each computed indicator metric sums over the report's months and objective buckets. */
export const METRIC_COUNTERS = {
  AGREEMENTS_SIGNED: 'agreementsSigned',
  EXPENDITURE: 'expenditure',
  TRAININGS_HELD: 'trainingsHeld',
  PEOPLE_TRAINED: 'peopleTrained',
  WOMEN_TRAINED: 'womenTrained',
  MEN_TRAINED: 'menTrained',
  SCHOLARSHIPS_AWARDED: 'scholarshipsAwarded',
  SCHOLARSHIPS_ACTIVE: 'scholarshipsActive',
  VICTIMS_IDENTIFIED: 'victimsIdentified',
  VICTIMS_ASSISTED: 'victimsAssisted',
  VICTIMS_REINTEGRATED: 'victimsReintegrated',
  VICTIMS_IN_FORMAL_EDUCATION: 'victimsInFormalEducation',
  VICTIMS_IN_INTERNSHIPS: 'victimsInInternships',
  ACTIVITIES_APPROVED: 'activitiesApproved',
  PEOPLE_REACHED: 'peopleReached',
  PEOPLE_REACHED_WOMEN: 'peopleReachedWomen',
  PEOPLE_REACHED_MEN: 'peopleReachedMen',
  ACTIVITIES_TRAINING: 'activitiesTraining',
  ACTIVITIES_AWARENESS_EVENT: 'activitiesAwarenessEvent',
  ACTIVITIES_DIRECT_ASSISTANCE: 'activitiesDirectAssistance',
  ACTIVITIES_COORDINATION_MEETING: 'activitiesCoordinationMeeting',
  ACTIVITIES_PUBLICATION: 'activitiesPublication',
  ACTIVITIES_MEDIA: 'activitiesMedia',
  ACTIVITIES_OTHER: 'activitiesOther',
} as const satisfies Record<IndicatorMetric, StatCounter>;

const counters = Object.fromEntries(STAT_COUNTERS.map((c) => [c, { type: 'number' }])) as Record<StatCounter, { type: 'number' }>;

/**
 * Aggregates the reports read instead of records: one item per program × month × bucket, where a
 * bucket is an objective code or another group a domain names (e.g. `line:<budget line>` for costs
 * outside the objectives). Every mutation that changes a counted fact adds its delta here in the
 * same transaction as the record, so a report for any period is one Query over (months × buckets)
 * items, however many records exist.
 */
export const ProgramStat = bind(
  new Entity({
    model: { entity: 'programStat', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      month: { type: 'string', required: true, readOnly: true },
      bucket: { type: 'string', required: true, readOnly: true },
      ...counters,
    },
    indexes: {
      byMonth: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['month', 'bucket'] } },
    },
  }),
);

export type ProgramStatRecord = EntityItem<typeof ProgramStat>;
