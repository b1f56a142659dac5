import { randomUUID } from 'node:crypto';
import type { CaseFilter, CaseReadPurpose, CaseSort, IdentityDocumentType } from '@ruta/schema/generated/types';
import {
  ageBandOf,
  anonymiseReason,
  caseIdentityInput,
  createCaseInputFor,
  isMinorAge,
  revealReason,
  updateCaseIdentityInputFor,
  updateCaseInputFor,
} from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import { stageDueOn } from '@ruta/schema/route';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, forbidden, notFound, parseInput, staleVersion } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { step, transact, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { splitChanges, withoutNulls } from '#modules/records/changes';
import { created, requestHash } from '#modules/records/tracked';
import { createOnce } from '#modules/records/writes';
import { objectiveExists, programExists } from '#modules/framework/links';
import { organizationExists } from '#modules/organization/checks';
import {
  caseCopySteps,
  caseFieldsOf,
  forgetCaseItems,
  grantAccessSteps,
  readableCase,
  type ReadableCase,
  TYPE,
} from '#modules/case/access';
import { caseContributions } from '#modules/case/contributions';
import { identityHashes, openIdentity, sealIdentity, type GuardKind, type SealedIdentity } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { Case, CaseAccess, CaseCounter, CaseIdentity, type CaseRecord, IdentityClaim, IdentityGuard } from '#modules/case/entity';
import { routeCountsOf, stageLimitsOf } from '#modules/case/routeHooks';
import { statConsentsOf } from '#modules/publicStats/cells';
import { publicStatSteps } from '#modules/publicStats/entity';

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// ─── Reads ───────────────────────────────────────────────────────────────────────────────────────

/** One case, audited with the purpose of the read; NOT_FOUND for a case the caller may not see. */
export async function getCase(ctx: RequestContext, id: string, purpose: CaseReadPurpose | null | undefined): Promise<ReadableCase> {
  return (await readableCase(ctx, id, purpose ?? 'CASE_MANAGEMENT')).case;
}

/**
 * The case list. Case workers (and a staff or admin `organizationId` filter): the organization's
 * access copies — by code, one stage by code, or by due date (overdue: due before today). Staff and
 * admin otherwise: a program's cases by code (stage and overdue as filters on the page). Rows carry
 * no identity; there is no filter or sort on it.
 */
export async function listCases(
  ctx: RequestContext,
  filterIn: CaseFilter | null | undefined,
  sort: CaseSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'cases');
  if (!reach) return emptyPage<CaseRecord>();
  const today = isoDay(ctx.now);
  const order = sort?.order === 'ASC' ? 'asc' : 'desc';
  const byDue = sort?.field === 'DUE_DATE';
  if (reach.scope === 'own') {
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId)) return emptyPage<CaseRecord>();
    filter.organizationId = reach.organizationId;
  } else if (reach.scope !== 'all') return emptyPage<CaseRecord>();

  if (filter.organizationId) {
    const organizationId = filter.organizationId;
    const programFilter = filter.programId;
    const stageFilter = filter.stage;
    // biome-ignore lint/suspicious/noExplicitAny: three indexes of one entity, each an ElectroDB query of its own type
    let query: any;
    let list: string;
    let filtered = false;
    if (filter.overdue || byDue) {
      const base = CaseAccess.query.byDue({ organizationId });
      query = filter.overdue ? base.between({ dueKey: '0000-00-00' }, { dueKey: dayBefore(today) }) : base;
      list = `cases:byDue:${organizationId}:${filter.overdue ? today : ''}`;
    } else if (stageFilter) {
      query = CaseAccess.query.byStage({ organizationId, stage: stageFilter });
      list = `cases:byStage:${organizationId}:${stageFilter}`;
    } else {
      query = CaseAccess.query.byOrganization({ organizationId });
      list = `cases:byOrganization:${organizationId}`;
    }
    if ((filter.overdue || byDue) && stageFilter) {
      query = query.where((a: Attrs, op: Ops) => op.eq(a.stage, stageFilter));
      filtered = true;
    }
    if (programFilter) {
      query = query.where((a: Attrs, op: Ops) => op.eq(a.programId, programFilter));
      filtered = true;
    }
    const page = await readPage(ctx, `${list}:${programFilter ?? ''}:${filtered ? stageFilter : ''}`, query as never, {
      first,
      after,
      order,
      filtered,
    });
    return { ...page, nodes: (page.nodes as CaseRecord[]).map(caseFieldsOf) };
  }
  if (!filter.programId) {
    throw badInput([problem('filter.programId', 'validation.required')], 'Give a program (or an organization) to list cases');
  }
  if (byDue) throw badInput([problem('sort.field', 'validation.invalid')], "A program's cases are sorted by code");
  // biome-ignore lint/suspicious/noExplicitAny: the query with or without its filters
  let query: any = Case.query.byProgram({ programId: filter.programId });
  let filtered = false;
  if (filter.stage) {
    const stage = filter.stage;
    query = query.where((a: Attrs, op: Ops) => op.eq(a.stage, stage));
    filtered = true;
  }
  if (filter.overdue) {
    query = query.where((a: Attrs, op: Ops) => `${op.exists(a.stageDueOn)} AND ${op.lt(a.stageDueOn, today)}`);
    filtered = true;
  }
  return readPage<CaseRecord>(
    ctx,
    `cases:byProgram:${filter.programId}:${filter.stage ?? ''}:${filter.overdue ? today : ''}`,
    query as never,
    {
      first,
      after,
      order,
      filtered,
    },
  );
}

/** What a `where` callback gets, for the loosely typed list queries above. */
type Attrs = Record<string, unknown>;
type Ops = { eq: (a: unknown, v: unknown) => string; lt: (a: unknown, v: unknown) => string; exists: (a: unknown) => string };

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return isoDay(d);
}

/** Days from `since` to `today` (ISO dates). */
export function daysBetween(since: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000));
}

// ─── Duplicates ──────────────────────────────────────────────────────────────────────────────────

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
async function readGuards(
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

/** CONFLICT `POSSIBLE_DUPLICATE`: the codes and owners of the cases with the same identity, never a value. */
function duplicateConflict(duplicates: DuplicateFound[]) {
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

// ─── Create ──────────────────────────────────────────────────────────────────────────────────────

/** The counter moved under us (another create took the number): build the create again. */
class CounterRace extends Error {}

const MAX_CODE_ATTEMPTS = 8;

/**
 * Registers a case: the case with its generated code, the counter (conditional on the value read: no
 * gaps, no number twice), the owner's access copy, the encrypted identity, one duplicate guard and
 * one claim per keyed hash (conditional on the count read: two concurrent creates of one identity
 * cannot both pass), the victims-identified count and the audit event — one transaction. A possible
 * duplicate is CONFLICT `POSSIBLE_DUPLICATE` naming the existing cases' codes and owners (never the
 * identity), unless the caller acknowledges it. The case is due to move on from its first stage by
 * the program's time limit for it, from its first day there.
 */
export async function createCase(ctx: RequestContext, raw: unknown): Promise<CaseRecord> {
  const today = isoDay(ctx.now);
  const input = parseInput(createCaseInputFor(today), raw);
  const { identity, acknowledgeDuplicate, id: requestedId, ...fields } = input;
  const ownerOrganizationId = ownerFor(ctx, input.ownerOrganizationId ?? null);
  const keys = keyProvider();
  const hashes = await identityHashes(keys, identity);
  const caseId = requestedId ?? randomUUID();
  const sealed = await sealIdentity(keys, caseId, identity);
  // The request's fingerprint must not be a plain hash of the identity: the identity enters it as a keyed hash.
  const fingerprintInput = { ...input, identity: await keys.mac(`request:${requestHash(identity)}`) };
  const country = (fields.country ?? 'EC').toUpperCase();
  const year = fields.dateReported.slice(0, 4);
  const stage = fields.dateIdentified ? 'IDENTIFIED' : 'REPORTED';
  const stageSince = fields.dateIdentified ?? fields.dateReported;
  const [ownerName, limits] = await Promise.all([organizationNameOf(ctx, ownerOrganizationId), stageLimitsOf(fields.programId)]);
  const due = stageDueOn(stage, stageSince, limits);
  const base = {
    ...withoutNulls({ ...fields, ownerOrganizationId, country }),
    caseId,
    ...(ownerName ? { ownerOrganizationName: ownerName } : {}),
    ageBand: ageBandOf(fields.ageAtIdentification),
    isMinor: isMinorAge(fields.ageAtIdentification ?? null),
    meansOfControl: fields.meansOfControl ?? [],
    stage,
    legalStage: 'NONE',
    stageSince,
    ...(due ? { stageDueOn: due } : {}),
    ...created(ctx, fingerprintInput),
  } as Omit<CaseRecord, 'code'>;

  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const [counter, guards] = await Promise.all([
      CaseCounter.get({ country, year })
        .go()
        .then((r) => r.data),
      readGuards(ctx, hashes),
    ]);
    const duplicates = guards.duplicates.filter((d) => d.caseId !== caseId);
    if (duplicates.length && !acknowledgeDuplicate) throw duplicateConflict(duplicates);
    const last = counter?.last ?? 0;
    const seq = last + 1;
    const record = { ...base, code: `${country}-${year}-${String(seq).padStart(4, '0')}` } as CaseRecord;
    const race = () => new CounterRace();
    const counterStep = counter
      ? step(
          CaseCounter.patch({ country, year })
            .set({ last: seq })
            .where((a, op) => op.eq(a.last, last))
            .commit(),
          race,
        )
      : step(CaseCounter.create({ country, year, last: seq }).commit(), race);
    const steps: Step[] = [
      // The claims before the counter: of two creates of one identity, the loser is told of the duplicate.
      ...claimSteps(ctx, hashes, guards, caseId),
      counterStep,
      programExists(record.programId),
      ...(record.objectiveCode ? [objectiveExists(record.programId, record.objectiveCode, 'input.objectiveCode')] : []),
      organizationExists(ownerOrganizationId, badInput([problem('input.ownerOrganizationId', 'validation.unknown_party')])),
      ...grantAccessSteps(record, ownerOrganizationId, 'owner'),
      step(CaseIdentity.create({ caseId, sealed, guardHashes: hashes.map((h) => h.hash), createdAt: record.createdAt }).commit()),
      ...hashes.map((h) =>
        step(IdentityGuard.put({ hash: h.hash, caseId, kind: h.kind, code: record.code, ownerOrganizationId }).commit()),
      ),
      ...statSteps([], caseContributions(record)),
    ];
    try {
      const stored = await createOnce(ctx, {
        type: TYPE,
        id: caseId,
        record,
        put: Case.create(record).commit(),
        load: async () => (await Case.get({ caseId }).go()).data,
        steps,
      });
      forgetCaseItems(ctx, caseId);
      return stored;
    } catch (e) {
      if (e instanceof CounterRace) continue;
      throw e;
    }
  }
  throw conflict('Many cases are being registered at this moment; try again');
}

/** An organization's name (null when it does not exist: the create's check refuses it then). */
async function organizationNameOf(ctx: RequestContext, organizationId: string): Promise<string | null> {
  const { organizationsByIds } = await import('#modules/organization/service');
  return (await organizationsByIds(ctx, [organizationId]))[0]?.name ?? null;
}

/** The owner of a new case: a case worker's own organization; an admin chooses it. */
function ownerFor(ctx: RequestContext, requested: string | null): string {
  if (ctx.identity.role === 'admin') {
    if (!requested) throw badInput([problem('input.ownerOrganizationId', 'validation.required')]);
    return requested;
  }
  const own = ctx.identity.organizationId;
  if (!own) throw forbidden('A case worker without an organization cannot register cases');
  if (requested && requested !== own) {
    throw badInput([problem('input.ownerOrganizationId', 'validation.invalid')], 'A case worker registers cases of their own organization');
  }
  return own;
}

// ─── Edit ────────────────────────────────────────────────────────────────────────────────────────

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
  const { caseId, version, identity, reason, acknowledgeDuplicate } = input;
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
  if (duplicates.length && !acknowledgeDuplicate) throw duplicateConflict(duplicates);
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

// ─── Reveal ──────────────────────────────────────────────────────────────────────────────────────

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

// ─── Erasure ─────────────────────────────────────────────────────────────────────────────────────

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

// ─── Audit view ──────────────────────────────────────────────────────────────────────────────────

/** Reads, reveals and refused reads of cases in a month, newest first (the admin's "who read what"). */
export function listCaseReadEvents(ctx: RequestContext, month: string | null | undefined, first?: number | null, after?: string | null) {
  const m = month ?? isoDay(ctx.now).slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw badInput([problem('month', 'validation.period')]);
  return readPage<AuditRecord>(ctx, `caseReads:${m}`, AuditEvent.query.caseReads({ month: m }) as never, { first, after, order: 'desc' });
}
