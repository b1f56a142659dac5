import { notInUse, organizationUseKey } from '#modules/aggregates/uses';
import { randomUUID } from 'node:crypto';
import type { OrganizationFilter, OrganizationSort } from '@ruta/schema/generated/types';
import { createOrganizationInput, updateOrganizationInput } from '@ruta/schema/zod/organization';
import type { RequestContext } from '#platform/context';
import { problem } from '@ruta/schema/zod/common';
import { badInput, conflict, notFound, parseInput, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { MAX_PAGE, readPage } from '#platform/paging';
import { searchKey } from '#platform/text';
import { foldText } from '@ruta/schema/search';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { searchIds } from '#modules/search/query';
import { searchWordSteps } from '#modules/search/steps';
import { Organization, OrganizationName, type OrganizationRecord } from '#modules/organization/entity';
import { claimName, organizationSearchable, releaseName } from '#modules/organization/names';

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

/** At most 100 ids (one BatchGetItem): more is refused rather than cut short. */
export async function organizationsByIds(ctx: RequestContext, ids: readonly string[]): Promise<OrganizationRecord[]> {
  if (ids.length > MAX_PAGE)
    throw badInput([problem('ids', 'validation.too_many_ids', { count: ids.length, max: MAX_PAGE })], `ids: at most ${MAX_PAGE} at once`);
  const found = await organizationLoader(ctx).loadMany(ids);
  return found.filter((o): o is OrganizationRecord => !!o && !(o instanceof Error));
}

/** The longest name an organization can have: longer names cannot match one. */
const MAX_NAME = 200;

/**
 * For each name, the organization that has it (case, accents and punctuation ignored) or null:
 * one BatchGetItem of the name guards, one of the organizations. At most 100 names.
 */
export async function organizationsNamed(ctx: RequestContext, names: readonly string[]): Promise<(OrganizationRecord | null)[]> {
  if (names.length > MAX_PAGE)
    throw badInput([problem('names', 'validation.invalid')], `names: at most ${MAX_PAGE} at once (${names.length} given)`);
  const folded = names.map((n) => (n.length <= MAX_NAME ? foldText(n) : ''));
  const keys = [...new Set(folded.filter((f) => f !== ''))];
  const { data: claims } = keys.length ? await OrganizationName.get(keys.map((foldedName) => ({ foldedName }))).go() : { data: [] };
  const holder = new Map(claims.map((c) => [c.foldedName, c.organizationId]));
  const found = await organizationLoader(ctx).loadMany([...new Set(claims.map((c) => c.organizationId))]);
  const byId = new Map(found.filter((o): o is OrganizationRecord => !!o && !(o instanceof Error)).map((o) => [o.id, o]));
  return folded.map((f) => byId.get(holder.get(f) ?? '') ?? null);
}

export async function listOrganizations(
  ctx: RequestContext,
  filter: OrganizationFilter | null | undefined,
  sort: OrganizationSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const order = sort?.order === 'DESC' ? 'desc' : 'asc';
  if (filter?.q) {
    // Any word of the name or acronym: the word index, kind checked on its items, then one BatchGetItem.
    const kind = filter.kind;
    const found = await searchIds(ctx, {
      type: TYPE,
      q: filter.q,
      list: `organizations:${kind ?? ''}`,
      ...(kind ? { keep: (w) => w.kind === kind } : {}),
      first,
      after,
      order,
    });
    if (found) return { ...found, nodes: await organizationsByIds(ctx, found.nodes) };
  }
  // Without a word worth looking up ("de la"), q is a prefix of the whole (folded) name.
  const prefix = filter?.q ? searchKey(filter.q) : '';
  const base = filter?.kind ? Organization.query.byKind({ kind: filter.kind }) : Organization.query.byName({});
  const query = prefix ? base.begins({ nameKey: prefix }) : base;
  const list = `organizations:${filter?.kind ? `byKind:${filter.kind}` : 'byName'}:${prefix}`;
  return readPage(ctx, list, query, { first, after, order });
}

export async function createOrganization(ctx: RequestContext, raw: unknown): Promise<OrganizationRecord> {
  const input = parseInput(createOrganizationInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = { ...withoutNulls(fields), id: requestedId ?? randomUUID(), agreementCount: 0, ...created(ctx, input) };
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: Organization.create(record).commit(),
    load: async () => (await Organization.get({ id: record.id }).go()).data,
    steps: [claimName(record.id, record.name), ...searchWordSteps(null, organizationSearchable(record))],
  });
}

export async function updateOrganization(ctx: RequestContext, raw: unknown): Promise<OrganizationRecord> {
  const { id, version, ...changes } = parseInput(updateOrganizationInput, raw);
  const { data: current } = await Organization.get({ id }).go();
  const renamed = !!current && changes.name !== undefined && foldText(changes.name) !== foldText(current.name);
  const release = renamed ? await releaseName(id, current.name) : [];
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes,
    patch: (set, remove) =>
      Organization.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => [
      ...(renamed ? [...release, claimName(id, merged.name)] : []),
      ...searchWordSteps(organizationSearchable(current!), organizationSearchable(merged)),
    ],
  });
}

/**
 * Refused while the organization is party to an agreement (`agreementCount`, kept by the agreements' transactions),
 * or named by a training or scholarship (`notInUse`: the count those records' transactions keep).
 */
export async function deleteOrganization(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await Organization.get({ id }).go();
  if (current && current.version === version && current.agreementCount > 0) throw partyToAgreements(current.agreementCount);
  return deleteVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    remove: Organization.delete({ id })
      .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.agreementCount, 0)}`)
      .commit(),
    steps: current
      ? [
          ...(await releaseName(id, current.name)),
          ...searchWordSteps(organizationSearchable(current), null),
          notInUse(organizationUseKey(id), 'This organization'),
        ]
      : [],
    onRemoveFail: async () => {
      const { data: now } = await Organization.get({ id }).go();
      if (!now) return notFound(TYPE, id);
      return now.version !== version ? staleVersion(now.version) : partyToAgreements(now.agreementCount);
    },
  });
}

const partyToAgreements = (count: number) =>
  conflict(`This organization is party to ${count} agreement(s); remove it from them first`, { reason: 'HAS_AGREEMENTS' });
