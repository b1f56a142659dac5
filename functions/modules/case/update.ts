import { ageBandOf, isMinorAge, updateCaseIdentityInputFor, updateCaseInputFor } from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { splitChanges } from '#modules/records/changes';
import { caseCopySteps, forgetCaseItems, readableCase, type ReadableCase, TYPE } from '#modules/case/access';
import { caseContributions } from '#modules/case/contributions';
import { identityHashes, sealIdentity } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { claimSteps, duplicateConflict, readGuards, unacknowledged } from '#modules/case/duplicates';
import { Case, CaseIdentity, type CaseRecord, IdentityClaim, IdentityGuard } from '#modules/case/entity';
import { isoDay } from '#modules/case/reads';
import { routeCountsOf } from '#modules/case/routeHooks';
import { statConsentsOf } from '#modules/publicStats/cells';
import { publicStatSteps } from '#modules/publicStats/entity';

/** Changing a registered case: its facts (`updateCase`) and, apart, its identity (`updateCaseIdentity`). */

/**
 * Changes a case's facts (never its identity, code, program, objective or stage): conditional on the
 * version read (a concurrent change is CONFLICT `STALE_VERSION`), every access copy rewritten, the
 * counts moved by exactly the difference (`statSteps` of the case before and after: an identification
 * date moved to another month, an age that changes the band), and the audit event — one transaction.
 * The identification date is the route's: it can be corrected, not added or removed here.
 */
export async function updateCase(ctx: RequestContext, raw: unknown): Promise<CaseRecord> {
  const input = parseInput(updateCaseInputFor(isoDay(ctx.now)), raw);
  const { id: caseId, version, ...changes } = input;
  const { case: c, raw: items } = await readableCase(ctx, caseId, null);
  if (c.version !== version) throw staleVersion(c.version);
  if (changes.dateIdentified !== undefined && !c.dateIdentified) {
    throw badInput(
      [problem('input.dateIdentified', 'validation.identified_by_route')],
      "The route's screening sets the identification date",
    );
  }
  if (changes.dateIdentified === null) {
    throw badInput([problem('input.dateIdentified', 'validation.identified_by_route')], 'The identification date cannot be removed');
  }
  if (changes.dateIdentified && changes.dateIdentified < (changes.dateReported ?? c.dateReported)) {
    throw badInput([problem('input.dateIdentified', 'validation.end_before_start')], 'Identified before it was reported');
  }
  const { set, remove } = splitChanges(changes);
  if ('ageAtIdentification' in set || remove.includes('ageAtIdentification')) {
    const age = (set.ageAtIdentification as number | undefined) ?? null;
    Object.assign(set, { ageBand: ageBandOf(age), isMinor: isMinorAge(age) });
  }
  Object.assign(set, { version: version + 1, updatedAt: ctx.now.toISOString(), updatedBy: ctx.identity.username });
  const next = { ...c, ...set } as ReadableCase;
  for (const k of remove) delete (next as Record<string, unknown>)[k];
  await transact([
    step(
      Case.patch({ caseId })
        .set(set as never)
        .remove(remove as never)
        .where((a, op) => op.eq(a.version, version))
        .commit(),
      () => staleVersion(),
    ),
    ...caseCopySteps(next, c.access),
    // The case's own counts and its route's (filed by the case's sex and age band): the exact difference.
    ...statSteps(
      [...caseContributions(c), ...(await routeCountsOf(c, items))],
      [...caseContributions(next), ...(await routeCountsOf(next, items))],
    ),
    ...publicStatSteps({ case: c, consents: statConsentsOf(items) }, { case: next, consents: statConsentsOf(items) }),
    step(AuditEvent.create(auditRecord(ctx, 'UPDATE', TYPE, caseId, { before: version, after: version + 1 })).commit()),
  ]);
  forgetCaseItems(ctx, caseId);
  return next;
}

/**
 * Corrects the identity of a case (a case worker with access, an admin), with a reason: the identity
 * sealed again under a new data key, the guards of hashes no longer carried deleted (their claims
 * counted down), those of new hashes written (claims counted up, conditional as at create: a possible
 * duplicate is CONFLICT `POSSIBLE_DUPLICATE` unless acknowledged), the case's version bumped and its
 * copies rewritten, and an UPDATE audit event of the `CaseIdentity` with the reason and no value — one
 * transaction. The values travel only in this request's body.
 */
export async function updateCaseIdentity(ctx: RequestContext, raw: unknown): Promise<CaseRecord> {
  const input = parseInput(updateCaseIdentityInputFor(isoDay(ctx.now)), raw);
  const { caseId, version, identity, reason, acknowledgedDuplicateIds } = input;
  const { case: c, raw: items } = await readableCase(ctx, caseId, null);
  const item = items.find((i) => i.__edb_e__ === 'caseIdentity');
  if (!item || c.anonymised) throw notFound('CaseIdentity', caseId);
  if (c.version !== version) throw staleVersion(c.version);
  const before = (CaseIdentity.parse({ Item: item }).data as { guardHashes?: string[] }).guardHashes ?? [];
  const keys = keyProvider();
  const hashes = await identityHashes(keys, identity);
  const added = hashes.filter((h) => !before.includes(h.hash));
  const dropped = before.filter((h) => !hashes.some((n) => n.hash === h));
  const [guards, droppedClaims] = await Promise.all([
    readGuards(ctx, added),
    dropped.length ? IdentityClaim.get(dropped.map((hash) => ({ hash }))).go() : Promise.resolve({ data: [] }),
  ]);
  const duplicates = guards.duplicates.filter((d) => d.caseId !== caseId);
  if (unacknowledged(duplicates, acknowledgedDuplicateIds)) throw duplicateConflict(duplicates);
  const sealed = await sealIdentity(keys, caseId, identity);
  const set = { version: version + 1, updatedAt: ctx.now.toISOString(), updatedBy: ctx.identity.username };
  const next = { ...c, ...set } as ReadableCase;
  await transact([
    step(
      Case.patch({ caseId })
        .set(set)
        .where((a, op) => op.eq(a.version, version))
        .commit(),
      () => staleVersion(),
    ),
    ...caseCopySteps(next, c.access),
    step(CaseIdentity.put({ caseId, sealed, guardHashes: hashes.map((h) => h.hash), createdAt: ctx.now.toISOString() }).commit()),
    ...dropped.map((hash) => step(IdentityGuard.delete({ hash, caseId }).commit())),
    ...(droppedClaims.data as { hash: string; count: number }[]).map((cl) =>
      step(
        IdentityClaim.patch({ hash: cl.hash })
          .set({ count: Math.max(0, cl.count - 1) })
          .where((a, op) => op.eq(a.count, cl.count))
          .commit(),
      ),
    ),
    ...claimSteps(ctx, added, guards, caseId),
    ...added.map((h) =>
      step(IdentityGuard.put({ hash: h.hash, caseId, kind: h.kind, code: c.code, ownerOrganizationId: c.ownerOrganizationId }).commit()),
    ),
    step(
      AuditEvent.create({
        ...auditRecord(ctx, 'UPDATE', 'CaseIdentity', caseId, { before: version, after: version + 1 }),
        reason,
      }).commit(),
    ),
  ]);
  forgetCaseItems(ctx, caseId);
  return next;
}
