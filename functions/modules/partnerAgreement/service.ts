import { randomUUID } from 'node:crypto';
import type { PartnerAgreementFilter, PartnerAgreementSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import {
  checkAgreementRules, createPartnerAgreementInput, updatePartnerAgreementInput,
} from '@ruta/schema/zod/partnerAgreement';
import { scopeOf } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, notFound, parseInput, staleVersion } from '#platform/errors';
import { page, pageSize, parseCursor } from '#platform/paging';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { splitChanges, withoutNulls } from '#modules/changes';
import { PartnerAgreement, type AgreementRecord } from '#modules/partnerAgreement/entity';
import { planList } from '#modules/partnerAgreement/listQuery';
import { isoDay } from '#modules/partnerAgreement/status';
import * as z from 'zod';
import { agreementContributions } from '#modules/report/contributions';
import { statChanges, statOps } from '#modules/report/deltas';
import { created, existingForRetry } from '#modules/tracked';
import { checkOps, programChecks } from '#modules/program/checks';

const TYPE = 'PartnerAgreement';
/** Filter expressions can leave a page short; read at most this many DynamoDB pages to fill it. */
const MAX_FILTERED_READS = 3;

/** Organizations that may see an agreement under the 'own' scope: its parties. */
export const agreementOwners = (a: unknown) => (a as AgreementRecord).partyIds;

function visibleTo(ctx: RequestContext, a: AgreementRecord): boolean {
  const scope = scopeOf(ctx.identity.role, 'PartnerAgreement', 'id');
  if (scope === 'all') return true;
  const org = ctx.identity.organizationId;
  return scope === 'own' && org !== null && a.partyIds.includes(org);
}

export async function getAgreement(ctx: RequestContext, id: string): Promise<AgreementRecord> {
  const { data } = await PartnerAgreement.get({ id }).go();
  // Someone else's agreement reads as missing, so its existence does not leak either.
  if (!data || !visibleTo(ctx, data)) throw notFound(TYPE, id);
  return data;
}

export async function listAgreements(
  ctx: RequestContext,
  filterIn: PartnerAgreementFilter | null | undefined,
  sort: PartnerAgreementSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const limit = pageSize(first);
  const filter = { ...(filterIn ?? {}) };
  if (scopeOf(ctx.identity.role, 'Query', 'partnerAgreements') === 'own') {
    const own = ctx.identity.organizationId;
    if (!own) return page([], null);
    if (filter.organizationId && filter.organizationId !== own) return page([], null);
    filter.organizationId = own;
  }
  const plan = planList({ filter, sort, today: isoDay(ctx.now) });
  const nodes: AgreementRecord[] = [];
  let cursor = parseCursor(after);
  for (let read = 0; read < (plan.filtered ? MAX_FILTERED_READS : 1); read++) {
    const res = await plan.query.go({
      limit: limit - nodes.length, order: plan.order, cursor, pages: 1,
    });
    nodes.push(...res.data);
    cursor = res.cursor;
    if (!cursor || nodes.length >= limit) break;
  }
  return page(nodes.map(stripParty), cursor);
}

/** A party copy carries its organizationId; the GraphQL type is the agreement. */
function stripParty(a: AgreementRecord & { organizationId?: string }): AgreementRecord {
  const { organizationId: _o, ...agreement } = a;
  return agreement;
}

export async function createAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const input = parseInput(createPartnerAgreementInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = { ...withoutNulls(fields), id: requestedId ?? randomUUID(), ...created(ctx) } as AgreementRecord;
  const parties = record.partyIds;
  const checks = programChecks(record);
  const stats = statChanges([], agreementContributions(record));
  const result = await store.transaction
    .write(({ agreement, agreementParty, organization, audit, program, objective, programStat }) => [
      agreement.create(record).commit(),
      ...parties.map((organizationId) => agreementParty.put({ ...record, organizationId }).commit()),
      ...parties.map((id) => organization.patch({ id }).add({ agreementCount: 1 }).commit()),
      ...checkOps(checks, program, objective),
      ...statOps(programStat as never, stats),
      audit.create(auditRecord(ctx, 'CREATE', TYPE, record.id, { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) return existingForRetry(ctx, record.id, () => PartnerAgreement.get({ id: record.id }).go());
  if (failed <= 2 * parties.length) throw unknownParty(parties, failed - 1 - parties.length);
  throw checks[failed - 1 - 2 * parties.length]!.error;
}

function unknownParty(partyIds: readonly string[], index: number) {
  return badInput([problem(`input.partyIds.${index}`, 'validation.unknown_party')],
    `input.partyIds.${index}: organization ${partyIds[index]} does not exist`);
}

export async function updateAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const input = parseInput(updatePartnerAgreementInput, raw);
  const { id, version, ...changes } = input;
  const { data: current } = await PartnerAgreement.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  if (current.version !== version) throw staleVersion(current.version);
  const { set, remove } = splitChanges(changes);
  const next = { ...set, version: version + 1, updatedAt: ctx.now.toISOString() } as Partial<AgreementRecord>;
  const merged = { ...current, ...next } as AgreementRecord;
  for (const key of remove) delete (merged as Record<string, unknown>)[key];
  // Cross-field rules hold for the record as it will be, not only for the fields sent.
  const combined = z.object({}).passthrough().superRefine(checkAgreementRules).safeParse(merged);
  if (!combined.success) {
    throw badInput(combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never)));
  }
  const before = new Set(current.partyIds);
  const after = new Set(merged.partyIds);
  const added = merged.partyIds.filter((p) => !before.has(p));
  const removed = current.partyIds.filter((p) => !after.has(p));
  const checks = programChecks(merged);
  const stats = statChanges(agreementContributions(current), agreementContributions(merged));
  const result = await store.transaction
    .write(({ agreement, agreementParty, organization, audit, program, objective, programStat }) => [
      agreement.patch({ id }).set(next).remove(remove as never).where((a, op) => op.eq(a.version, version)).commit(),
      ...added.map((oid) => organization.patch({ id: oid }).add({ agreementCount: 1 }).commit()),
      ...checkOps(checks, program, objective),
      ...removed.map((oid) => organization.patch({ id: oid }).subtract({ agreementCount: 1 }).commit()),
      ...removed.map((organizationId) => agreementParty.delete({ id, organizationId }).commit()),
      ...merged.partyIds.map((organizationId) => agreementParty.put({ ...merged, organizationId }).commit()),
      ...statOps(programStat as never, stats),
      audit.create(auditRecord(ctx, 'UPDATE', TYPE, id, { before: version, after: version + 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return merged;
  if (failed === 0) throw staleVersion();
  if (failed <= added.length) throw unknownParty(merged.partyIds, merged.partyIds.indexOf(added[failed - 1]!));
  if (failed <= added.length + checks.length) throw checks[failed - 1 - added.length]!.error;
  throw conflict('A party of this agreement changed at the same moment; try again');
}

export async function deleteAgreement(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await PartnerAgreement.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  if (current.version !== version) throw staleVersion(current.version);
  const result = await store.transaction
    .write(({ agreement, agreementParty, organization, audit, programStat }) => [
      agreement.delete({ id }).where((a, op) => op.eq(a.version, version)).commit(),
      ...current.partyIds.map((organizationId) => agreementParty.delete({ id, organizationId }).commit()),
      ...current.partyIds.map((oid) => organization.patch({ id: oid }).subtract({ agreementCount: 1 }).commit()),
      ...statOps(programStat as never, statChanges(agreementContributions(current), [])),
      audit.create(auditRecord(ctx, 'DELETE', TYPE, id, { before: version })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw staleVersion();
  return { id };
}
