import { randomUUID } from 'node:crypto';
import type { RequestContext } from '#platform/context';
import { parseCursor } from '#platform/paging';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';

export type AuditAction = AuditRecord['action'];

/** The audit item that goes into a mutation's transaction. */
export function auditRecord(
  ctx: RequestContext,
  action: AuditAction,
  entityType: string,
  entityId: string,
  versions: { before?: number; after?: number },
): AuditRecord {
  const { identity } = ctx;
  return {
    entityType,
    entityId,
    id: randomUUID(),
    at: ctx.now.toISOString(),
    actor: identity.username,
    actorRole: identity.role,
    ...(identity.organizationId ? { actorOrganizationId: identity.organizationId } : {}),
    action,
    ...(versions.before !== undefined ? { versionBefore: versions.before } : {}),
    ...(versions.after !== undefined ? { versionAfter: versions.after } : {}),
    requestId: ctx.requestId,
  };
}

/** The history of one record, newest first. */
export async function listAuditEvents(entityType: string, entityId: string, first: number, after?: string | null) {
  const { data, cursor } = await AuditEvent.query
    .byRecord({ entityType, entityId })
    .go({ order: 'desc', limit: first, cursor: parseCursor(after) });
  return { nodes: data, pageInfo: { hasNextPage: cursor !== null, endCursor: cursor } };
}
