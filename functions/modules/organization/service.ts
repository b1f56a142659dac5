import { randomUUID } from 'node:crypto';
import type { OrganizationFilter, OrganizationSort } from '@ruta/schema/generated/types';
import { createOrganizationInput, updateOrganizationInput } from '@ruta/schema/zod/organization';
import type { RequestContext } from '#platform/context';
import { conflict, notFound, parseInput, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { page, pageSize, parseCursor } from '#platform/paging';
import { searchKey } from '#platform/text';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { Organization, type OrganizationRecord } from '#modules/organization/entity';
import { splitChanges, withoutNulls } from '#modules/changes';
import { created, existingForRetry } from '#modules/tracked';

const TYPE = 'Organization';

/** Loads organizations by id through the request's DataLoader: one BatchGetItem per 100 ids. */
export function organizationLoader(ctx: RequestContext) {
  return ctx.loaders.get<OrganizationRecord>('organizationById', async (ids) => {
    const { data } = await Organization.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (o) => o.id);
  });
}

export async function getOrganization(ctx: RequestContext, id: string): Promise<OrganizationRecord> {
  const org = await organizationLoader(ctx).load(id);
  if (!org) throw notFound(TYPE, id);
  return org;
}

export async function organizationsByIds(ctx: RequestContext, ids: readonly string[]): Promise<OrganizationRecord[]> {
  const found = await organizationLoader(ctx).loadMany(ids.slice(0, 100));
  return found.filter((o): o is OrganizationRecord => !!o && !(o instanceof Error));
}

export async function listOrganizations(
  filter: OrganizationFilter | null | undefined,
  sort: OrganizationSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const limit = pageSize(first);
  const prefix = filter?.q ? searchKey(filter.q) : '';
  const base = filter?.kind ? Organization.query.byKind({ kind: filter.kind }) : Organization.query.byName({});
  const query = prefix ? base.begins({ nameKey: prefix }) : base;
  const { data, cursor } = await query.go({
    limit,
    order: sort?.order === 'DESC' ? 'desc' : 'asc',
    cursor: parseCursor(after),
  });
  return page(data, cursor);
}

export async function createOrganization(ctx: RequestContext, raw: unknown): Promise<OrganizationRecord> {
  const input = parseInput(createOrganizationInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = { ...withoutNulls(fields), id: requestedId ?? randomUUID(), agreementCount: 0, ...created(ctx) };
  const result = await store.transaction
    .write(({ organization, audit }) => [
      organization.create(record).commit(),
      audit.create(auditRecord(ctx, 'CREATE', TYPE, record.id, { after: 1 })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) return existingForRetry(ctx, record.id, () => Organization.get({ id: record.id }).go());
  return record as OrganizationRecord;
}

export async function updateOrganization(ctx: RequestContext, raw: unknown): Promise<OrganizationRecord> {
  const input = parseInput(updateOrganizationInput, raw);
  const { id, version, ...changes } = input;
  const { data: current } = await Organization.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  if (current.version !== version) throw staleVersion(current.version);
  const { set, remove } = splitChanges(changes);
  const next = { ...set, version: version + 1, updatedAt: ctx.now.toISOString() };
  const result = await store.transaction
    .write(({ organization, audit }) => [
      organization
        .patch({ id })
        .set(next)
        .remove(remove as never)
        .where((a, op) => op.eq(a.version, version))
        .commit(),
      audit.create(auditRecord(ctx, 'UPDATE', TYPE, id, { before: version, after: version + 1 })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw staleVersion();
  const merged: OrganizationRecord = { ...current, ...next };
  for (const key of remove) delete (merged as Record<string, unknown>)[key];
  return merged;
}

export async function deleteOrganization(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const result = await store.transaction
    .write(({ organization, audit }) => [
      organization
        .delete({ id })
        .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.agreementCount, 0)}`)
        .commit(),
      audit.create(auditRecord(ctx, 'DELETE', TYPE, id, { before: version })).commit(),
    ])
    .go();
  if (failedCondition(result) === undefined) return { id };
  const { data: current } = await Organization.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  if (current.version !== version) throw staleVersion(current.version);
  throw conflict(`This organization is party to ${current.agreementCount} agreement(s); remove it from them first`, {
    reason: 'HAS_AGREEMENTS',
  });
}
