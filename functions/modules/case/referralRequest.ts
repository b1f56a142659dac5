import { caseIdentityInput, referralRequestNote } from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, forbidden, notFound, parseInput } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { step, transact } from '#platform/transact';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { forgetCaseItems, loadCaseItems, readableCase, type ReadableCase, TYPE } from '#modules/case/access';
import { identityHashes } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { CaseAccess, IdentityGuard, ReferralRequest, type ReferralRequestRecord } from '#modules/case/entity';

/**
 * Referral requests: a case worker whose new case turned out to be a duplicate asks the owner of the
 * existing case to refer it to their organization, instead of registering the person twice. The
 * request is an item in the case's partition (so the owner's case page shows it without another read)
 * and in the owner's pending list (`byOwner`); the owner decides and refers through the route's
 * `referCase` (which needs the person's consent), then closes the request. The requester learns
 * nothing the duplicate warning had not shown: the code and the owner's name.
 */

const REQUEST_TYPE = 'CaseReferralRequest';

export interface ReferralRequestReceipt {
  caseId: string;
  code: string;
  ownerOrganizationName: string | null;
  requestedAt: string;
}

/**
 * Records a referral request. The identity the case worker typed (never stored here) must carry one of
 * the case's keyed hashes: proof that they found the case as a duplicate, so a guessed case id — or a
 * case erased meanwhile — is NOT_FOUND. An organization that already has access, or already asked, is
 * CONFLICT. One transaction: the request (must not exist) and its audit event.
 */
export async function requestCaseReferral(
  ctx: RequestContext,
  caseId: string,
  rawIdentity: unknown,
  rawNote: unknown,
): Promise<ReferralRequestReceipt> {
  const identity = parseInput(caseIdentityInput, rawIdentity, ['identity']);
  const note = parseInput(referralRequestNote, rawNote ?? null, ['note']);
  const organizationId = ctx.identity.organizationId;
  if (!organizationId) throw forbidden('Only a case worker of an organization can ask for a referral to it');
  const hashes = await identityHashes(keyProvider(), identity);
  const guards = await Promise.all(hashes.map((h) => IdentityGuard.get({ hash: h.hash, caseId }).go()));
  const guard = guards.map((g) => g.data).find((g) => !!g);
  if (!guard) throw notFound(TYPE, caseId);
  const hasAccess = guard.ownerOrganizationId === organizationId || !!(await CaseAccess.get({ caseId, organizationId }).go()).data;
  if (hasAccess) throw conflict('Your organization already has access to this case', { reason: 'ALREADY_HAS_ACCESS' });
  const { organizationsByIds } = await import('#modules/organization/service');
  const orgs = await organizationsByIds(ctx, [guard.ownerOrganizationId, organizationId]);
  const nameOf = (id: string) => orgs.find((o) => o.id === id)?.name ?? null;
  const requestedAt = ctx.now.toISOString();
  const record: ReferralRequestRecord = {
    caseId,
    code: guard.code,
    organizationId,
    ...(nameOf(organizationId) ? { organizationName: nameOf(organizationId)! } : {}),
    ownerOrganizationId: guard.ownerOrganizationId,
    requestedBy: ctx.identity.username,
    requestedAt,
    ...(note ? { note } : {}),
  };
  await transact([
    step(
      ReferralRequest.create(record).commit(),
      conflict('Your organization already asked for a referral of this case', { reason: 'ALREADY_REQUESTED' }),
    ),
    step(AuditEvent.create(auditRecord(ctx, 'CREATE', REQUEST_TYPE, caseId, {})).commit()),
  ]);
  forgetCaseItems(ctx, caseId);
  return { caseId, code: guard.code, ownerOrganizationName: nameOf(guard.ownerOrganizationId), requestedAt };
}

/** Whether the caller acts for the owner of the case (a case worker of it; staff and admin see every case). */
function ownerSide(ctx: RequestContext, c: ReadableCase): boolean {
  if (ctx.identity.role === 'caseworker') return ctx.identity.organizationId === c.ownerOrganizationId;
  return ctx.identity.role === 'admin' || ctx.identity.role === 'staff';
}

/** The pending requests of a case, read from its partition (already loaded for the page): the owner's side only. */
export async function referralRequestsOf(ctx: RequestContext, c: ReadableCase): Promise<ReferralRequestRecord[]> {
  if (!ownerSide(ctx, c)) return [];
  const { raw } = await loadCaseItems(ctx, c.caseId);
  return raw
    .filter((i) => i.__edb_e__ === 'referralRequest')
    .map((i) => ReferralRequest.parse({ Item: i }).data as ReferralRequestRecord)
    .sort((a, b) => (a.requestedAt < b.requestedAt ? -1 : 1));
}

/**
 * Closes a pending request (the owner referred the case, or declined): a case worker of the owning
 * organization or an admin. The request deleted (it must exist) with its audit event.
 */
export async function closeCaseReferralRequest(ctx: RequestContext, caseId: string, organizationId: string): Promise<boolean> {
  const { case: c } = await readableCase(ctx, caseId, null);
  if (!ownerSide(ctx, c) || ctx.identity.role === 'staff') throw notFound(REQUEST_TYPE, `${caseId}~${organizationId}`);
  await transact([
    step(
      ReferralRequest.delete({ caseId, organizationId })
        .where((a, op) => op.exists(a.requestedAt))
        .commit(),
      notFound(REQUEST_TYPE, `${caseId}~${organizationId}`),
    ),
    step(AuditEvent.create(auditRecord(ctx, 'DELETE', REQUEST_TYPE, caseId, {})).commit()),
  ]);
  forgetCaseItems(ctx, caseId);
  return true;
}

/** The pending requests of the caller's organization's cases, newest first (its case workers). */
export function listCaseReferralRequests(ctx: RequestContext, first?: number | null, after?: string | null) {
  const reach = reachOf(ctx, 'Query', 'caseReferralRequests');
  if (reach?.scope !== 'own') return emptyPage<ReferralRequestRecord>();
  const ownerOrganizationId = reach.organizationId;
  if (!ownerOrganizationId) throw badInput([problem('organizationId', 'validation.required')]);
  return readPage<ReferralRequestRecord>(
    ctx,
    `caseReferralRequests:${ownerOrganizationId}`,
    ReferralRequest.query.byOwner({ ownerOrganizationId }) as never,
    { first, after, order: 'desc' },
  );
}
