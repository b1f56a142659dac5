import type { IdentityDocumentType } from '@ruta/schema/generated/types';
import { anonymiseReason, revealReason } from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { caseCopySteps, forgetCaseItems, readableCase, type ReadableCase, TYPE } from '#modules/case/access';
import { openIdentity, type SealedIdentity } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { Case, CaseIdentity, type CaseRecord, IdentityClaim, IdentityGuard } from '#modules/case/entity';

/** The stored identity of a case leaving the server (the audited reveal) or destroyed (erasure). */

export interface RevealedIdentity {
  caseId: string;
  fullName: string;
  otherNames: string[];
  dateOfBirth: string | null;
  documentType: IdentityDocumentType | null;
  documentNumber: string | null;
  contacts: string[];
  address: string | null;
  familyContacts: string[];
}

/**
 * Decrypts a case's identity for a case worker with access (or an admin): a reason is required when
 * the person is a minor; the REVEAL audit event (who, organization, reason) is written before the
 * values are returned, so no reveal goes unrecorded.
 */
export async function revealCaseIdentity(ctx: RequestContext, caseId: string, rawReason: unknown): Promise<RevealedIdentity> {
  const reason = parseInput(revealReason, rawReason ?? null, ['reason']);
  const { case: c, raw } = await readableCase(ctx, caseId, null);
  if (c.isMinor && !reason) throw badInput([problem('reason', 'validation.required')], 'Give the reason to reveal the identity of a minor');
  const item = raw.find((i) => i.__edb_e__ === 'caseIdentity');
  if (!item || c.anonymised) throw notFound('CaseIdentity', caseId);
  const sealed = (CaseIdentity.parse({ Item: item }).data as { sealed: SealedIdentity }).sealed;
  await AuditEvent.create({ ...auditRecord(ctx, 'REVEAL', TYPE, caseId, {}), ...(reason ? { reason } : {}) }).go();
  const plain = await openIdentity(keyProvider(), caseId, sealed);
  return {
    caseId,
    fullName: String(plain.fullName ?? ''),
    otherNames: (plain.otherNames as string[] | undefined) ?? [],
    dateOfBirth: (plain.dateOfBirth as string | undefined) ?? null,
    documentType: (plain.documentType as IdentityDocumentType | undefined) ?? null,
    documentNumber: (plain.documentNumber as string | undefined) ?? null,
    contacts: (plain.contacts as string[] | undefined) ?? [],
    address: (plain.address as string | undefined) ?? null,
    familyContacts: (plain.familyContacts as string[] | undefined) ?? [],
  };
}

/**
 * Erases a case's identity (admin, with a reason): the encrypted identity item and its duplicate
 * guards deleted; the case marked anonymised (version bumped, copies rewritten); statistics and
 * audit kept. One transaction with the ANONYMISE audit event.
 */
export async function anonymiseCase(ctx: RequestContext, caseId: string, rawReason: unknown): Promise<CaseRecord> {
  const reason = parseInput(anonymiseReason, rawReason, ['reason']);
  const { case: c, raw } = await readableCase(ctx, caseId, null);
  if (c.anonymised) return c;
  const item = raw.find((i) => i.__edb_e__ === 'caseIdentity');
  const identity = item ? (CaseIdentity.parse({ Item: item }).data as { guardHashes?: string[] }) : null;
  const next = { ...c, anonymised: true, version: c.version + 1, updatedAt: ctx.now.toISOString() } as ReadableCase;
  const hashes = identity?.guardHashes ?? [];
  const claims = hashes.length
    ? ((await IdentityClaim.get(hashes.map((hash) => ({ hash }))).go()).data as { hash: string; count: number }[])
    : [];
  await transact([
    // The case comes off each claim's count (conditional on the count read; none for data from before claims).
    ...claims.map((cl) =>
      step(
        IdentityClaim.patch({ hash: cl.hash })
          .set({ count: Math.max(0, cl.count - 1) })
          .where((a, op) => op.eq(a.count, cl.count))
          .commit(),
      ),
    ),
    step(
      Case.patch({ caseId })
        .set({ anonymised: true, version: next.version, updatedAt: next.updatedAt })
        .where((a, op) => op.eq(a.version, c.version))
        .commit(),
    ),
    ...caseCopySteps(next, c.access),
    ...(identity ? [step(CaseIdentity.delete({ caseId }).commit())] : []),
    ...(identity?.guardHashes ?? []).map((hash) => step(IdentityGuard.delete({ hash, caseId }).commit())),
    step(
      AuditEvent.create({
        ...auditRecord(ctx, 'ANONYMISE', TYPE, caseId, { before: c.version, after: next.version }),
        reason,
      }).commit(),
    ),
  ]);
  forgetCaseItems(ctx, caseId);
  return next;
}
