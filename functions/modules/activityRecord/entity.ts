import { Entity, type EntityItem } from 'electrodb';
import { ACTIVITY_KINDS, ACTIVITY_STATUSES, AGE_BANDS } from '@ruta/schema/zod/activityRecord';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';

const counts = {
  women: { type: 'number', required: true },
  men: { type: 'number', required: true },
  notRecorded: { type: 'number', required: true },
  total: { type: 'number', required: true },
} as const;

/**
 * The partner's list puts what needs the partner first: RETURNED, then DRAFT, SUBMITTED, APPROVED (the
 * list reads `byOrganization` newest first, so the highest rank comes first).
 */
export const QUEUE_RANK = { RETURNED: '3', DRAFT: '2', SUBMITTED: '1', APPROVED: '0' } as const;

/**
 * The record. Every write is a full put conditional on the version (the key attributes `queue`,
 * `status`, `startDate` all move with the lifecycle, and a put rewrites every index key):
 * `byOrganization` (gsi1: the partner's list, returned first), `byStatus` (gsi2: the review queue,
 * SUBMITTED across programs, filtered by program/partner/objective), `byProgram` (gsi3) and
 * `byStart` (gsi4, static: the staff's unfiltered list). Each is sorted by start date so a quarter is a
 * key range (on `byOrganization` after the rank, a filter).
 */
export const ActivityRecord = bind(
  new Entity({
    model: { entity: 'activityRecord', version: '1', service: 'ruta' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      organizationId: { type: 'string', required: true },
      programId: { type: 'string', required: true },
      objectiveCode: { type: 'string', required: true },
      title: { type: 'string', required: true },
      kind: { type: ACTIVITY_KINDS, required: true },
      startDate: { type: 'string', required: true },
      endDate: { type: 'string', required: true },
      quarter: { type: 'string', required: true },
      place: {
        type: 'map',
        required: true,
        properties: {
          country: { type: 'string', required: true },
          provinceCode: { type: 'string' },
          cantonCode: { type: 'string' },
          locality: { type: 'string' },
        },
      },
      reached: {
        type: 'list',
        required: true,
        items: { type: 'map', properties: { band: { type: AGE_BANDS, required: true }, ...counts } },
      },
      totals: { type: 'map', required: true, properties: counts },
      narrative: { type: 'string' },
      attachments: {
        type: 'list',
        items: { type: 'map', properties: { fileName: { type: 'string', required: true }, url: { type: 'string', required: true } } },
      },
      trainingId: { type: 'string' },
      agreementId: { type: 'string' },
      status: { type: ACTIVITY_STATUSES, required: true },
      queue: { type: 'string', required: true },
      reviewComment: { type: 'string' },
      reviewedBy: { type: 'string' },
      reviewedAt: { type: 'string' },
      submittedAt: { type: 'string' },
      /** The content as last submitted (JSON), and as submitted the time before: the reviewer's diff. */
      lastSubmitted: { type: 'string' },
      previousSubmitted: { type: 'string' },
      /** Warnings of the last write (JSON list of {path, key, params}). */
      warnings: { type: 'string' },
      ...trackedAttributes,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byOrganization: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['organizationId'] },
        sk: { field: 'gsi1sk', composite: ['queue', 'startDate', 'id'] },
      },
      byStatus: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['status'] },
        sk: { field: 'gsi2sk', composite: ['startDate', 'id'] },
      },
      byProgram: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['programId'] },
        sk: { field: 'gsi3sk', composite: ['startDate', 'id'] },
      },
      byStart: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['startDate', 'id'] } },
    },
  }),
);

/**
 * A locked quarter of a program: the item exists while the quarter is locked. Every write of a record
 * checks, in its transaction, that no lock exists for the record's quarter (before and after the
 * change), so a lock taken at the same moment as a write either precedes it (the write fails) or not.
 */
export const PeriodLock = bind(
  new Entity({
    model: { entity: 'periodLock', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      quarter: { type: 'string', required: true, readOnly: true },
      lockedBy: { type: 'string', required: true },
      lockedAt: { type: 'string', required: true },
    },
    indexes: {
      byProgram: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['quarter'] } },
    },
  }),
);

export type ActivityRecordItem = EntityItem<typeof ActivityRecord>;
