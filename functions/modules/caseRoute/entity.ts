import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';
import { CLOSURE_REASONS } from '@ruta/schema/zod/case';
import {
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  FOLLOW_UP_OUTCOMES,
  LEGAL_STAGES,
  PROTECTION_MEASURE_TYPES,
  REINTEGRATION_PLAN_TYPES,
  REPORT_CHANNELS,
  ROUTE_STAGES,
  ROUTE_STEPS,
  SCREENING_RESULTS,
  SERVICE_KINDS,
} from '@ruta/schema/route';

/**
 * Everything of a case's route lives in the case's partition (`pk` from `caseId`, as the Case record
 * and its identity: functions/modules/case), each entity with its own sort-key prefix, so the case page
 * reads the case, its route events, services, consents and referrals with ONE Query of the item
 * collection (`loadCaseItems`). Public ids are `<caseId>~<localId>`; a local id may be chosen by the
 * client, so a retried create returns the same record.
 */
const inCase = {
  pk: { field: 'pk', composite: ['caseId'] as const },
  sk: { field: 'sk', composite: ['localId'] as const },
};

const common = {
  caseId: { type: 'string', required: true, readOnly: true },
  localId: { type: 'string', required: true, readOnly: true },
  ...trackedAttributes,
} as const;

/**
 * A dated step. `seq` orders the events of a case (1, 2, …: the order they were recorded, which the
 * state machine followed); `stageAfter`/`legalStageAfter` are where the step left the case, so the
 * timeline and a correction (deleting the latest event) need no replay.
 */
export const RouteEvent = bind(
  new Entity({
    model: { entity: 'routeEvent', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      seq: { type: 'number', required: true, readOnly: true },
      step: { type: ROUTE_STEPS, required: true, readOnly: true },
      date: { type: 'string', required: true },
      organizationId: { type: 'string', required: true },
      stageAfter: { type: ROUTE_STAGES, required: true, readOnly: true },
      legalStageAfter: { type: LEGAL_STAGES, required: true, readOnly: true },
      /** The stage and its start before the step, to put back when the event is deleted. */
      stageBefore: { type: ROUTE_STAGES, required: true, readOnly: true },
      legalStageBefore: { type: LEGAL_STAGES, required: true, readOnly: true },
      stageSinceBefore: { type: 'string', required: true, readOnly: true },
      form: {
        type: 'map',
        properties: {
          channel: { type: REPORT_CHANNELS },
          screeningResult: { type: SCREENING_RESULTS },
          measureType: { type: PROTECTION_MEASURE_TYPES },
          goals: { type: 'list', items: { type: 'string' } },
          planType: { type: REINTEGRATION_PLAN_TYPES },
          outcome: { type: FOLLOW_UP_OUTCOMES },
          closureReason: { type: CLOSURE_REASONS },
          fileNumber: { type: 'string' },
        },
      },
      notes: { type: 'string' },
    },
    indexes: { byCase: inCase },
  }),
);
export type RouteEventRecord = EntityItem<typeof RouteEvent>;

export const CaseService = bind(
  new Entity({
    model: { entity: 'caseService', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      kind: { type: SERVICE_KINDS, required: true },
      providerOrganizationId: { type: 'string', required: true },
      startDate: { type: 'string', required: true },
      endDate: { type: 'string' },
    },
    indexes: { byCase: inCase },
  }),
);
export type CaseServiceRecord = EntityItem<typeof CaseService>;

/**
 * A consent. `activeReferrals` counts the active referrals that rely on it, kept by the referrals'
 * transactions: a withdrawal is conditional on it being 0, so a referral sent meanwhile is never left
 * without its consent.
 */
export const Consent = bind(
  new Entity({
    model: { entity: 'caseConsent', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      purpose: { type: CONSENT_PURPOSES, required: true, readOnly: true },
      organizationId: { type: 'string', readOnly: true },
      status: { type: ['GIVEN', 'WITHDRAWN'] as const, required: true },
      date: { type: 'string', required: true, readOnly: true },
      withdrawnOn: { type: 'string' },
      givenBy: { type: CONSENT_GIVERS, required: true, readOnly: true },
      activeReferrals: { type: 'number', required: true },
    },
    indexes: { byCase: inCase },
  }),
);
export type ConsentRecord = EntityItem<typeof Consent>;

/**
 * A referral. Those sent by an admin without consent (`override`) are also on gsi1 under one key,
 * newest first — the admins' review list (`referralOverrides`). The index is sparse (ElectroDB's
 * `condition`): overrides are rare, exceptional, written by admins only, so one partition holds them.
 */
export const Referral = bind(
  new Entity({
    model: { entity: 'caseReferral', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      toOrganizationId: { type: 'string', required: true, readOnly: true },
      reason: { type: 'string', required: true, readOnly: true },
      status: { type: ['ACTIVE', 'ENDED'] as const, required: true },
      startedOn: { type: 'string', required: true, readOnly: true },
      endedOn: { type: 'string' },
      consentId: { type: 'string', readOnly: true },
      override: { type: 'boolean', required: true, readOnly: true },
      overrideReason: { type: 'string', readOnly: true },
      /** `override` on overrides (the review list's key), `none` otherwise (not indexed). */
      reviewList: { type: ['override', 'none'] as const, required: true, readOnly: true },
    },
    indexes: {
      byCase: inCase,
      overrides: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['reviewList'] },
        sk: { field: 'gsi1sk', composite: ['createdAt', 'caseId', 'localId'] },
        condition: (item: { reviewList?: unknown }) => item.reviewList === 'override',
      },
    },
  }),
);
export type ReferralRecord = EntityItem<typeof Referral>;

/** A program's time limits per stage: one item in the program's partition (absent: the defaults). */
export const RouteTimeLimits = bind(
  new Entity({
    model: { entity: 'routeTimeLimits', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      reported: { type: 'number', required: true },
      identified: { type: 'number', required: true },
      protection: { type: 'number', required: true },
      assistance: { type: 'number', required: true },
      reintegration: { type: 'number', required: true },
      followUp: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
      updatedBy: { type: 'string', required: true },
      version: { type: 'number', required: true },
    },
    indexes: { byProgram: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: [] } } },
  }),
);
