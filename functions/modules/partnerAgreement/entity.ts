import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { AGREEMENT_KINDS, STORED_AGREEMENT_STATUSES } from '@ruta/schema/zod/partnerAgreement';
import { searchKey } from '#platform/text';
import { trackedAttributes } from '#modules/records/tracked';

const attributes = {
  id: { type: 'string', required: true, readOnly: true },
  programId: { type: 'string' },
  kind: { type: AGREEMENT_KINDS, required: true },
  title: { type: 'string', required: true },
  titleKey: {
    type: 'string',
    hidden: true,
    watch: ['title'],
    set: (_: unknown, item: { title?: string }) => (item.title === undefined ? undefined : searchKey(item.title)),
  },
  partyIds: { type: 'list', items: { type: 'string' }, required: true },
  signedOn: { type: 'string' },
  startDate: { type: 'string', required: true },
  endDate: { type: 'string' },
  /** Stored status; EXPIRED is derived on read (see status.ts). */
  status: { type: STORED_AGREEMENT_STATUSES, required: true },
  value: { type: 'number' },
  currency: { type: 'string' },
  purpose: { type: 'string' },
  objectiveCodes: { type: 'list', items: { type: 'string' }, required: true },
  ...trackedAttributes,
} as const;

/**
 * The agreement itself. Lists are served by one index per filter the admin offers, each sorted by
 * start date so a start-date range is a key condition: `byStart` (no filter), `byKind`, `byStatus`,
 * and `byTitle` for the title search (sorted by title). Filters on the organization go to the party
 * copies below.
 */
export const PartnerAgreement = bind(
  new Entity({
    model: { entity: 'agreement', version: '1', service: 'ruta' },
    attributes,
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byStart: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['startDate', 'id'] } },
      byTitle: { index: 'gsi2', pk: { field: 'gsi2pk', composite: [] }, sk: { field: 'gsi2sk', composite: ['titleKey', 'id'] } },
      byKind: { index: 'gsi3', pk: { field: 'gsi3pk', composite: ['kind'] }, sk: { field: 'gsi3sk', composite: ['startDate', 'id'] } },
      byStatus: { index: 'gsi4', pk: { field: 'gsi4pk', composite: ['status'] }, sk: { field: 'gsi4sk', composite: ['startDate', 'id'] } },
    },
  }),
);

/**
 * A full copy of the agreement per party, in the agreement's item collection. Partners list "my
 * agreements" with one Query on `byOrganization` and get complete rows without a second read; the
 * agreement's transactions rewrite the copies together with the agreement (at most 12 parties,
 * `MAX_PARTIES`: the largest update stays inside DynamoDB's 100-item transaction limit, see
 * functions/modules/README.md).
 */
export const AgreementParty = bind(
  new Entity({
    model: { entity: 'agreementParty', version: '1', service: 'ruta' },
    attributes: { ...attributes, organizationId: { type: 'string', required: true, readOnly: true } },
    indexes: {
      byAgreement: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: ['organizationId'] } },
      byOrganization: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['organizationId'] },
        sk: { field: 'gsi1sk', composite: ['startDate', 'id'] },
      },
    },
  }),
);

/**
 * A full copy of the agreement in its program's partition ("program copy"), so the agreements of a
 * program — the sub-awards its donors see, a program's dashboard — are one Query: by start date on
 * the primary key, by end date on `byEnd` (gsi1; `endKey` is the end date, 9999-12-31 for
 * open-ended agreements, which sort last and never fall in an end-date range). Rewritten in the
 * agreement's transactions like the party copies, and moved when the agreement changes program or
 * start date.
 */
export const AgreementInProgram = bind(
  new Entity({
    model: { entity: 'agreementInProgram', version: '1', service: 'ruta' },
    attributes: {
      ...attributes,
      programId: { type: 'string', required: true, readOnly: true },
      endKey: { type: 'string', required: true },
    },
    indexes: {
      byStart: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['startDate', 'id'] } },
      byEnd: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['programId'] }, sk: { field: 'gsi1sk', composite: ['endKey', 'id'] } },
    },
  }),
);

/** The end key of an open-ended agreement: after every real date. */
export const OPEN_END = '9999-12-31';

export type AgreementRecord = EntityItem<typeof PartnerAgreement>;
