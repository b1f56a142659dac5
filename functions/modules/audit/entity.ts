import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { ROLES } from '@ruta/schema/policy';

/**
 * The record types whose changes appear in the dashboard's "recent changes" (staff and admin), an
 * allow-list: a type not listed here never reaches the feed index, whoever reads it. Domains with
 * personal data (cases, persons, route events…) stay out; a domain whose changes the program team
 * should see across records adds its GraphQL type name here (docs/conventions.md, "Adding a domain").
 */
export const FEED_TYPES: readonly string[] = [
  'Organization',
  'PartnerAgreement',
  'Program',
  'Objective',
  'Indicator',
  'IndicatorValue',
  'BudgetLine',
  'Expenditure',
  'Observation',
];

/**
 * One item per change, written in the same transaction as the change. Keyed by the record it is
 * about (the record's history is one Query, newest first). It stores versions, never field values,
 * so the audit trail itself holds no personal data.
 *
 * `recent` (gsi1) is the same item seen by month, newest first, for the recent changes across
 * records: the index keys are written only for FEED_TYPES (ElectroDB's index `condition`), so it is
 * sparse and costs no extra write. One month is one partition of the index: every change of the
 * deployment that month, written at the rate staff edit records (far below a partition's 1,000
 * writes a second), and read newest first a page at a time.
 */
export const AuditEvent = bind(
  new Entity({
    model: { entity: 'audit', version: '1', service: 'ruta' },
    attributes: {
      entityType: { type: 'string', required: true },
      entityId: { type: 'string', required: true },
      id: { type: 'string', required: true },
      at: { type: 'string', required: true },
      actor: { type: 'string', required: true },
      actorRole: { type: ROLES, required: true },
      actorOrganizationId: { type: 'string' },
      // Account changes name what happened: a disabled account and a reset password are not alike.
      // Reads of a case are audited too: READ (a detail), REVEAL (its identity decrypted), READ_DENIED
      // (a case the caller may not see, answered NOT_FOUND), ANONYMISE (its identity erased),
      // WRITE_DENIED (a refused write on the case's route, `reason` saying which in codes); EXPORT
      // (a program's cases exported as HTCDS, with `rowCount`).
      action: {
        type: [
          'CREATE',
          'UPDATE',
          'DELETE',
          'DISABLE',
          'ENABLE',
          'RESET_PASSWORD',
          'READ',
          'REVEAL',
          'READ_DENIED',
          'ANONYMISE',
          'EXPORT',
          'WRITE_DENIED',
        ] as const,
        required: true,
      },
      /** Why a case was read (CaseReadPurpose) — reads and reveals only. */
      purpose: { type: 'string' },
      /** The reason the caller gave (a reveal, an erasure): their words, never a value of the record. */
      reason: { type: 'string' },
      /** Rows an export wrote (EXPORT of a program's cases as HTCDS): a count, never a value. */
      rowCount: { type: 'number' },
      versionBefore: { type: 'number' },
      versionAfter: { type: 'number' },
      requestId: { type: 'string' },
      /** `YYYY-MM` of `at`: the partition of the `recent` index. */
      month: {
        type: 'string',
        watch: ['at'],
        set: (_: unknown, item: { at?: string }) => (item.at === undefined ? undefined : item.at.slice(0, 7)),
      },
    },
    indexes: {
      byRecord: {
        pk: { field: 'pk', composite: ['entityType', 'entityId'] },
        sk: { field: 'sk', composite: ['at', 'id'] },
      },
      recent: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['month'] },
        sk: { field: 'gsi1sk', composite: ['at', 'id'] },
        condition: (item: { entityType?: unknown }) => typeof item.entityType === 'string' && FEED_TYPES.includes(item.entityType),
      },
      /**
       * Who read which case, by month (the admin's "who read what"): the read, reveal and refused-read
       * events of cases, sparse like `recent`. One partition per month, written at the rate case
       * workers open cases.
       */
      caseReads: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['month'] },
        sk: { field: 'gsi2sk', composite: ['at', 'id'] },
        condition: (item: { entityType?: unknown; action?: unknown }) =>
          item.entityType === 'Case' &&
          (item.action === 'READ' || item.action === 'REVEAL' || item.action === 'READ_DENIED' || item.action === 'WRITE_DENIED'),
      },
    },
  }),
);

export type AuditRecord = EntityItem<typeof AuditEvent>;
