import { Entity, type EntityItem } from 'electrodb';
import { EDUCATION_LEVELS, SCHOLARSHIP_GROUPS, SCHOLARSHIP_STATUSES } from '@ruta/schema/zod/scholarship';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';

/**
 * One scholarship: a pseudonymous beneficiary (never a name), a sponsor, an implementer, a program
 * objective and a place. The id is derived from program, beneficiary code and period (`ids.ts`), so a
 * re-imported row finds its record by key. Every list is sorted by award date (then id), one index per
 * list the console offers — all keyed under a program, an organization or a province, never one
 * static partition (functions/modules/README.md, patterns 25–28): `byProgram` (+ objective, status,
 * place as filters), `bySponsor` and `byImplementer` (an organization's list merges the two),
 * `byProvince` (+ canton as a filter). The place is stored flat (country, province, canton,
 * locality) so the province can key an index; the API shows it as a `Place`.
 */
export const Scholarship = bind(
  new Entity({
    model: { entity: 'scholarship', version: '1', service: 'ruta' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      programId: { type: 'string', required: true, readOnly: true },
      objectiveCode: { type: 'string', required: true },
      sponsorId: { type: 'string', required: true },
      implementerId: { type: 'string', required: true },
      beneficiaryCode: { type: 'string', required: true, readOnly: true },
      group: { type: SCHOLARSHIP_GROUPS, required: true },
      country: { type: 'string', required: true },
      provinceCode: { type: 'string', required: true },
      cantonCode: { type: 'string', required: true },
      locality: { type: 'string' },
      educationLevel: { type: EDUCATION_LEVELS, required: true },
      period: { type: 'string', required: true, readOnly: true },
      awardedOn: { type: 'string', required: true },
      amount: { type: 'number', required: true },
      currency: { type: 'string', required: true },
      status: { type: SCHOLARSHIP_STATUSES, required: true },
      statusDate: { type: 'string' },
      /** When it became ACTIVE (kept through COMPLETED/WITHDRAWN): the month SCHOLARSHIPS_ACTIVE counts it. */
      activeSince: { type: 'string' },
      withdrawalReason: { type: 'string' },
      ...trackedAttributes,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byProgram: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['programId'] },
        sk: { field: 'gsi1sk', composite: ['awardedOn', 'id'] },
      },
      bySponsor: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['sponsorId'] },
        sk: { field: 'gsi2sk', composite: ['awardedOn', 'id'] },
      },
      byImplementer: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['implementerId'] },
        sk: { field: 'gsi3sk', composite: ['awardedOn', 'id'] },
      },
      byProvince: {
        index: 'gsi4',
        pk: { field: 'gsi4pk', composite: ['provinceCode'] },
        sk: { field: 'gsi4sk', composite: ['awardedOn', 'id'] },
      },
    },
  }),
);

export type ScholarshipRecord = EntityItem<typeof Scholarship>;
