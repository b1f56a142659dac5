import { randomUUID } from 'node:crypto';
import { signedInRole } from '#platform/auth';
import type { RequestContext } from '#platform/context';
import { readPage } from '#platform/paging';
import { step, type Step } from '#platform/transact';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';

export type AuditAction = AuditRecord['action'];

/** The audit event of a change by the caller, to go into the change's transaction. */
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
    actorRole: signedInRole(identity),
    ...(identity.organizationId ? { actorOrganizationId: identity.organizationId } : {}),
    action,
    ...(versions.before !== undefined ? { versionBefore: versions.before } : {}),
    ...(versions.after !== undefined ? { versionAfter: versions.after } : {}),
    requestId: ctx.requestId,
  };
}

/** The audit event as a transaction step (its key is new: it cannot fail). */
export const auditStep = (...args: Parameters<typeof auditRecord>): Step => step(AuditEvent.create(auditRecord(...args)).commit());

/** The history of one record, newest first. */
export function listAuditEvents(ctx: RequestContext, entityType: string, entityId: string, first?: number | null, after?: string | null) {
  const query = AuditEvent.query.byRecord({ entityType, entityId });
  return readPage(ctx, `audit:${entityType}:${entityId}`, query, { first, after, order: 'desc' });
}
