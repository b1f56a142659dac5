import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { ROLES } from '@ruta/schema/policy';

/**
 * One item per change, written in the same transaction as the change. Keyed by the record it is
 * about (the record's history is one Query, newest first). It stores versions, never field values,
 * so the audit trail itself holds no personal data.
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
      action: { type: ['CREATE', 'UPDATE', 'DELETE', 'DISABLE', 'ENABLE', 'RESET_PASSWORD'] as const, required: true },
      versionBefore: { type: 'number' },
      versionAfter: { type: 'number' },
      requestId: { type: 'string' },
    },
    indexes: {
      byRecord: {
        pk: { field: 'pk', composite: ['entityType', 'entityId'] },
        sk: { field: 'sk', composite: ['at', 'id'] },
      },
    },
  }),
);

export type AuditRecord = EntityItem<typeof AuditEvent>;
