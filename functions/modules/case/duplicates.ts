import { caseIdentityInput } from '@ruta/schema/zod/case';
import type { RequestContext } from '#platform/context';
import { conflict, parseInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { identityHashes, type GuardKind } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { IdentityClaim, IdentityGuard } from '#modules/case/entity';

/**
 * Possible duplicates, found without decrypting: the keyed hashes' guards and claims, the
 * POSSIBLE_DUPLICATE conflict, and the claim steps a write adds when a case takes on an identity
 * (create, identity correction).
 */

export interface DuplicateFound {
  caseId: string;
  code: string;
  ownerOrganizationId: string;
  ownerOrganizationName: string | null;
  matches: GuardKind[];
}

/** Cases whose guards carry one of these keyed hashes: one Query per hash (at most two). */
async function findByHashes(ctx: RequestContext, hashes: { kind: GuardKind; hash: string }[]): Promise<DuplicateFound[]> {
  return (await readGuards(ctx, hashes)).duplicates;
}

/**
 * The guards of these keyed hashes (one Query per hash) and their claims (one BatchGet): the cases
 * that carry each hash, named by code and owner, and how many cases each claim counts (absent: none
 * since claims exist — then its guards are the count).
 */
export async function readGuards(
  ctx: RequestContext,
  hashes: { kind: GuardKind; hash: string }[],
): Promise<{ duplicates: DuplicateFound[]; guardCount: Map<string, number>; claims: Map<string, number> }> {
  const found = new Map<string, DuplicateFound>();
  const guardCount = new Map<string, number>();
  const [results, claimItems] = await Promise.all([
    Promise.all(hashes.map((h) => IdentityGuard.query.byHash({ hash: h.hash }).go({ pages: 'all' }))),
    hashes.length ? IdentityClaim.get(hashes.map((h) => ({ hash: h.hash }))).go() : Promise.resolve({ data: [] }),
  ]);
  const claims = new Map<string, number>((claimItems.data as { hash: string; count: number }[]).map((c) => [c.hash, c.count]));
  for (const { data } of results) {
    for (const g of data) {
      guardCount.set(g.hash, (guardCount.get(g.hash) ?? 0) + 1);
      const d = found.get(g.caseId) ?? {
        caseId: g.caseId,
        code: g.code,
        ownerOrganizationId: g.ownerOrganizationId,
        ownerOrganizationName: null,
        matches: [],
      };
      if (!d.matches.includes(g.kind)) d.matches.push(g.kind);
      found.set(g.caseId, d);
    }
  }
  const list = [...found.values()];
  if (list.length) {
    const { organizationsByIds } = await import('#modules/organization/service');
    const orgs = await organizationsByIds(ctx, [...new Set(list.map((d) => d.ownerOrganizationId))]);
    for (const d of list) d.ownerOrganizationName = orgs.find((o) => o.id === d.ownerOrganizationId)?.name ?? null;
  }
  return { duplicates: list.sort((a, b) => (a.code < b.code ? -1 : 1)), guardCount, claims };
}

/** Existing cases with the same identity (name + date of birth, or document), without decrypting anything. */
export async function possibleDuplicateCases(ctx: RequestContext, raw: unknown): Promise<DuplicateFound[]> {
  const identity = parseInput(caseIdentityInput, raw, ['identity']);
  return findByHashes(ctx, await identityHashes(keyProvider(), identity));
}

/**
 * Whether a possible duplicate is one the case worker was not shown: confirming is of the cases named
 * in the warning, so a case registered since then is warned about again (and a concurrent one fails
 * the claim's condition).
 */
export function unacknowledged(duplicates: DuplicateFound[], acknowledgedIds: readonly string[] | null | undefined): boolean {
  return duplicates.some((d) => !acknowledgedIds?.includes(d.caseId));
}

/** CONFLICT `POSSIBLE_DUPLICATE`: the codes and owners of the cases with the same identity, never a value. */
export function duplicateConflict(duplicates: DuplicateFound[]) {
  return conflict(`A case with the same identity exists (${duplicates.map((d) => d.code).join(', ')})`, {
    reason: 'POSSIBLE_DUPLICATE',
    duplicates,
  });
}

/**
 * The claim steps of a write that adds a case to these keyed hashes: each claim conditional on the
 * count read (absent: created, so it must still be absent), so two writes of one identity at the same
 * moment cannot both pass; the one that loses reads the guards again and is CONFLICT
 * `POSSIBLE_DUPLICATE` with the case that won.
 */
export function claimSteps(
  ctx: RequestContext,
  hashes: { kind: GuardKind; hash: string }[],
  read: { guardCount: Map<string, number>; claims: Map<string, number> },
  caseId: string,
): Step[] {
  const lost = async () => {
    const again = (await findByHashes(ctx, hashes)).filter((d) => d.caseId !== caseId);
    return again.length ? duplicateConflict(again) : conflict('Someone else changed these records at the same moment; try again');
  };
  return hashes.map((h) => {
    const count = read.claims.get(h.hash);
    if (count === undefined) {
      return step(IdentityClaim.create({ hash: h.hash, count: (read.guardCount.get(h.hash) ?? 0) + 1 }).commit(), lost);
    }
    return step(
      IdentityClaim.patch({ hash: h.hash })
        .set({ count: count + 1 })
        .where((a, op) => op.eq(a.count, count))
        .commit(),
      lost,
    );
  });
}
