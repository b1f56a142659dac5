import { randomUUID } from 'node:crypto';
import type { CaseFilter, CaseReadPurpose, CaseSort, IdentityDocumentType } from '@ruta/schema/generated/types';
import { ageBandOf, anonymiseReason, caseIdentityInput, createCaseInputFor, isMinorAge, revealReason } from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, forbidden, notFound, parseInput } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { step, transact, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { withoutNulls } from '#modules/records/changes';
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
import { Case, CaseAccess, CaseCounter, CaseIdentity, type CaseRecord, IdentityGuard } from '#modules/case/entity';

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
  const found = new Map<string, DuplicateFound>();
  const results = await Promise.all(hashes.map((h) => IdentityGuard.query.byHash({ hash: h.hash }).go({ pages: 'all' })));
  for (const { data } of results) {
    for (const g of data) {
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
  return list.sort((a, b) => (a.code < b.code ? -1 : 1));
}

/** Existing cases with the same identity (name + date of birth, or document), without decrypting anything. */
export async function possibleDuplicateCases(ctx: RequestContext, raw: unknown): Promise<DuplicateFound[]> {
  const identity = parseInput(caseIdentityInput, raw, ['identity']);
  return findByHashes(ctx, await identityHashes(keyProvider(), identity));
}

// ─── Create ──────────────────────────────────────────────────────────────────────────────────────

/** The counter moved under us (another create took the number): build the create again. */
class CounterRace extends Error {}

const MAX_CODE_ATTEMPTS = 8;

/**
 * Registers a case: the case with its generated code, the counter (conditional on the value read: no
 * gaps, no number twice), the owner's access copy, the encrypted identity, one duplicate guard per
 * keyed hash, the victims-identified count and the audit event — one transaction. A possible
 * duplicate is CONFLICT `POSSIBLE_DUPLICATE` naming the existing cases' codes and owners (never the
 * identity), unless the caller acknowledges it.
 */
export async function createCase(ctx: RequestContext, raw: unknown): Promise<CaseRecord> {
  const today = isoDay(ctx.now);
  const input = parseInput(createCaseInputFor(today), raw);
  const { identity, acknowledgeDuplicate, id: requestedId, ...fields } = input;
  const ownerOrganizationId = ownerFor(ctx, input.ownerOrganizationId ?? null);
  const keys = keyProvider();
  const hashes = await identityHashes(keys, identity);
  const caseId = requestedId ?? randomUUID();
  const duplicates = (await findByHashes(ctx, hashes)).filter((d) => d.caseId !== caseId);
  if (duplicates.length && !acknowledgeDuplicate) {
    throw conflict(`A case with the same identity exists (${duplicates.map((d) => d.code).join(', ')})`, {
      reason: 'POSSIBLE_DUPLICATE',
      duplicates,
    });
  }
  const sealed = await sealIdentity(keys, caseId, identity);
  // The request's fingerprint must not be a plain hash of the identity: the identity enters it as a keyed hash.
  const fingerprintInput = { ...input, identity: await keys.mac(`request:${requestHash(identity)}`) };
  const country = (fields.country ?? 'EC').toUpperCase();
  const year = fields.dateReported.slice(0, 4);
  const stage = fields.dateIdentified ? 'IDENTIFIED' : 'REPORTED';
  const base = {
    ...withoutNulls({ ...fields, ownerOrganizationId, country }),
    caseId,
    ageBand: ageBandOf(fields.ageAtIdentification),
    isMinor: isMinorAge(fields.ageAtIdentification ?? null),
    meansOfControl: fields.meansOfControl ?? [],
    stage,
    legalStage: 'NONE',
    stageSince: fields.dateIdentified ?? fields.dateReported,
    ...created(ctx, fingerprintInput),
  } as Omit<CaseRecord, 'code'>;

  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const counter = (await CaseCounter.get({ country, year }).go()).data;
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
  await transact([
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
