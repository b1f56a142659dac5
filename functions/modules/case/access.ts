import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { CaseReadPurpose } from '@ruta/schema/generated/types';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { conflict, notFound, staleVersion } from '#platform/errors';
import { documentClient } from '#platform/store';
import { step, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord, type AuditAction } from '#modules/audit/service';
import { versionIs } from '#modules/records/writes';
import { caseContributions } from '#modules/case/contributions';
import { Case, CASE_FIELDS, CaseAccess, type CaseAccessRecord, type CaseRecord, NO_DUE, ReferralRequest } from '#modules/case/entity';

/**
 * What the case module offers the modules that keep records in a case's partition (the route:
 * events, services, consents, referrals): one read of the whole partition, the access check with its
 * read audit, and the transaction steps that grant and end an organization's access or move the case
 * to another stage. The route module imports these; this module never imports the route's.
 */

export const TYPE = 'Case';

export type AccessVia = 'owner' | 'referral';

/** A case as read with its partition: the record and who has access to it (owner first). */
export type ReadableCase = CaseRecord & { access: { organizationId: string; via: AccessVia }[] };

export interface CaseItems {
  /** The case record (null: no such case), with its access list. */
  case: ReadableCase | null;
  /** Every item of the partition as stored (ElectroDB's `__edb_e__` names the entity). */
  raw: Record<string, unknown>[];
}

/** The partition key every item of a case shares (what ElectroDB builds from `caseId`). */
function partitionOf(caseId: string): { TableName: string; pk: string } {
  const params = Case.query.byId({ caseId }).params<{ TableName: string; ExpressionAttributeValues: Record<string, string> }>();
  return { TableName: params.TableName, pk: params.ExpressionAttributeValues[':pk']! };
}

const ofEntity = (raw: Record<string, unknown>[], entity: string) => raw.filter((i) => i.__edb_e__ === entity);

/** One Query (all pages) per case id of the batch. */
const readPartitions = (ids: readonly string[]): Promise<CaseItems[]> =>
  Promise.all(
    ids.map(async (id) => {
      const { TableName, pk } = partitionOf(id);
      const raw: Record<string, unknown>[] = [];
      let start: Record<string, unknown> | undefined;
      do {
        const out = await documentClient().send(
          new QueryCommand({
            TableName,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': 'pk' },
            ExpressionAttributeValues: { ':pk': pk },
            ...(start ? { ExclusiveStartKey: start } : {}),
          }),
        );
        raw.push(...((out.Items ?? []) as Record<string, unknown>[]));
        start = out.LastEvaluatedKey;
      } while (start);
      const record = ofEntity(raw, 'case')[0];
      if (!record) return { case: null, raw };
      const parsed = Case.parse({ Item: record }).data as CaseRecord;
      const copies = ofEntity(raw, 'caseAccess').map((i) => CaseAccess.parse({ Item: i }).data as CaseAccessRecord);
      const access = copies
        .map((c) => ({ organizationId: c.organizationId, via: c.via }))
        .sort((a, b) => (a.via === b.via ? 0 : a.via === 'owner' ? -1 : 1));
      return { case: { ...parsed, access }, raw };
    }),
  );

const caseItemsLoader = (ctx: RequestContext) => ctx.loaders.get<CaseItems>('caseItems', readPartitions);

/**
 * The whole partition of a case in one Query (all pages; a case's items fit in one page of 1 MB for
 * years of route events), cached for the request, so `case(id) { routeEvents services … }` costs one
 * request whatever fields are asked. A write that changes the partition calls `forgetCaseItems`.
 */
export function loadCaseItems(ctx: RequestContext, caseId: string): Promise<CaseItems> {
  return caseItemsLoader(ctx).load(caseId) as Promise<CaseItems>;
}

/**
 * Drops the request's cached partition of a case: a write that changed it calls this after its
 * transaction, so a later read in the same context (a mutation's answer, the seed's next step) sees it.
 */
export function forgetCaseItems(ctx: RequestContext, caseId: string): void {
  caseItemsLoader(ctx).clear(caseId);
}

/** The organizations with access to a case. */
export const accessOrganizationIds = (c: ReadableCase) => c.access.map((a) => a.organizationId);

/**
 * Whether the caller may see this case at all: every case (staff, admin) or one its organization has
 * access to (the `case` rule). What a role may do with it beyond reading is the operation's own rule.
 */
export function mayRead(ctx: RequestContext, c: ReadableCase): boolean {
  const reach = reachOf(ctx, 'Query', 'case');
  if (!reach) return false;
  if (reach.scope === 'all') return true;
  if (reach.scope === 'own') return !!reach.organizationId && accessOrganizationIds(c).includes(reach.organizationId);
  return false;
}

const audited = new WeakMap<RequestContext, Set<string>>();

/** A read's audit event (one PutItem; a read changes nothing else). */
export async function auditRead(
  ctx: RequestContext,
  action: Extract<AuditAction, 'READ' | 'READ_DENIED'>,
  caseId: string,
  purpose: CaseReadPurpose | null | undefined,
): Promise<void> {
  await AuditEvent.create({ ...auditRecord(ctx, action, TYPE, caseId, {}), ...(purpose ? { purpose } : {}) }).go();
}

/**
 * A case the caller may read, with its partition. A case the caller may not see is NOT_FOUND, the
 * same as one that does not exist, and the refused attempt is audited (READ_DENIED). With a purpose
 * the read is a detail read and is audited once per request and case (READ, with the purpose);
 * without one (a write that audits itself) nothing is written.
 */
export async function readableCase(
  ctx: RequestContext,
  caseId: string,
  purpose?: CaseReadPurpose | null,
): Promise<{ case: ReadableCase; raw: Record<string, unknown>[] }> {
  const items = await loadCaseItems(ctx, caseId);
  if (!items.case) throw notFound(TYPE, caseId);
  if (!mayRead(ctx, items.case)) {
    await auditRead(ctx, 'READ_DENIED', caseId, purpose);
    throw notFound(TYPE, caseId);
  }
  if (purpose) {
    const seen = audited.get(ctx) ?? new Set<string>();
    audited.set(ctx, seen);
    if (!seen.has(caseId)) {
      seen.add(caseId);
      await auditRead(ctx, 'READ', caseId, purpose);
    }
  }
  return { case: items.case, raw: items.raw };
}

/** The case's fields alone (no access list or other attributes a caller added). */
export function caseFieldsOf(c: CaseRecord): CaseRecord {
  const out: Record<string, unknown> = {};
  for (const k of CASE_FIELDS) if ((c as Record<string, unknown>)[k] !== undefined) out[k] = (c as Record<string, unknown>)[k];
  return out as CaseRecord;
}

/** An organization's copy of a case (its access and the list's row). */
export function accessCopy(c: CaseRecord, organizationId: string, via: AccessVia): CaseAccessRecord {
  return { ...caseFieldsOf(c), organizationId, via, dueKey: c.stageDueOn ?? NO_DUE } as CaseAccessRecord;
}

/**
 * Gives an organization access to a case (`via: 'owner'` at create, `'referral'` when a referral is
 * accepted): its copy, which must not exist yet (an organization that already has access is CONFLICT
 * `ALREADY_HAS_ACCESS`).
 */
export function grantAccessSteps(c: CaseRecord, organizationId: string, via: AccessVia): Step[] {
  return [
    step(
      CaseAccess.create(accessCopy(c, organizationId, via)).commit(),
      conflict('This organization already has access to the case', { reason: 'ALREADY_HAS_ACCESS' }),
    ),
  ];
}

/**
 * A referral to an organization that had asked for the case closes its pending referral request in the
 * referral's own transaction (all or nothing): the request deleted with its audit event (DELETE of a
 * `CaseReferralRequest`, reason `referred`). The request is read from the case's partition the write
 * already loaded (no request); none pending: no steps. The delete has no condition, so a request closed
 * by hand at the same moment does not make the referral fail.
 */
export async function referralRequestClosedSteps(ctx: RequestContext, caseId: string, organizationId: string): Promise<Step[]> {
  const { raw } = await loadCaseItems(ctx, caseId);
  const pending = ofEntity(raw, 'referralRequest').some((i) => i.organizationId === organizationId);
  if (!pending) return [];
  return [
    step(ReferralRequest.delete({ caseId, organizationId }).commit()),
    step(AuditEvent.create({ ...auditRecord(ctx, 'DELETE', 'CaseReferralRequest', caseId, {}), reason: 'referred' }).commit()),
  ];
}

/** Ends a referral's access: its copy is deleted (never the owner's: the condition says so). */
export function endAccessSteps(c: CaseRecord, organizationId: string): Step[] {
  return [
    step(
      CaseAccess.delete({ caseId: c.caseId, organizationId })
        .where((a, op) => op.eq(a.via, 'referral'))
        .commit(),
      conflict('This organization has no referral access to the case', { reason: 'NO_REFERRAL_ACCESS' }),
    ),
  ];
}

/** Every access copy rewritten from the case as it will be (the lists show its stage and due date). */
export function caseCopySteps(next: CaseRecord, access: ReadableCase['access']): Step[] {
  return access.map((a) => step(CaseAccess.put(accessCopy(next, a.organizationId, a.via)).commit()));
}

export interface StageChange {
  stage?: CaseRecord['stage'];
  legalStage?: CaseRecord['legalStage'];
  stageSince?: string;
  /** The new stage's due date; null: no time limit. */
  stageDueOn?: string | null;
  /** Set when the case is identified on this step (counts VICTIMS_IDENTIFIED in its month); null removes it. */
  dateIdentified?: string | null;
  /** null removes it (the closure undone). */
  closureReason?: CaseRecord['closureReason'] | null;
  /** The request's time (ctx.now). */
  at: Date;
}

/**
 * Moves a case along the route: the case patched conditional on the version read (a concurrent change
 * is CONFLICT `STALE_VERSION`), its version bumped, every access copy rewritten, and — when the step
 * sets the identification date — the victims-identified count moved. Returns the steps and the case
 * as it will be; the caller adds its own records and the audit event to the same transaction.
 */
export function caseStageStep(c: ReadableCase, change: StageChange): { steps: Step[]; next: ReadableCase } {
  const { at, ...rest } = change;
  // A value sets the field, null removes it (a due date no longer due, an identification or closure undone).
  const set: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null));
  Object.assign(set, { version: c.version + 1, updatedAt: at.toISOString() });
  const remove = Object.entries(rest)
    .filter(([, v]) => v === null)
    .map(([k]) => k);
  const next = { ...c, ...set } as ReadableCase;
  for (const k of remove) delete (next as Record<string, unknown>)[k];
  const patch = Case.patch({ caseId: c.caseId })
    .set(set as never)
    .remove(remove as never)
    .where(versionIs(c.version))
    .commit();
  return {
    next,
    steps: [
      step(patch, () => staleVersion()),
      ...caseCopySteps(next, c.access),
      ...statSteps(caseContributions(c), caseContributions(next)),
    ],
  };
}
