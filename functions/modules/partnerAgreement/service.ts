import { randomUUID } from 'node:crypto';
import type { PartnerAgreementFilter, PartnerAgreementSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import { checkAgreementRules, createPartnerAgreementInput, updatePartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import * as z from 'zod';
import { reachOf, reaches, type Reach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { emptyPage, readPage } from '#platform/paging';
import { searchKey } from '#platform/text';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { searchIds } from '#modules/search/query';
import { AgreementInProgram, AgreementParty, PartnerAgreement, type AgreementRecord } from '#modules/partnerAgreement/entity';
import { checkRanges, matchesFilter, NARROWING, nextDay, planList, searchOrder } from '#modules/partnerAgreement/listQuery';
import { mergedList, type Source } from '#modules/records/mergedList';
import { agreementOwner } from '#modules/partnerAgreement/owners';
import { isoDay } from '#modules/partnerAgreement/status';
import { agreementSteps } from '#modules/partnerAgreement/steps';

const TYPE = 'PartnerAgreement';

/** Loads agreements by id through the request's DataLoader: one BatchGetItem per 100 ids. */
function agreementLoader(ctx: RequestContext) {
  return ctx.loaders.get<AgreementRecord>('agreementById', async (ids) => {
    const { data } = await PartnerAgreement.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (a) => a.id);
  });
}

export async function getAgreement(ctx: RequestContext, id: string): Promise<AgreementRecord> {
  const data = await agreementLoader(ctx).load(id);
  // Someone else's agreement reads as missing, so its existence does not leak either.
  if (!data || !reaches(reachOf(ctx, 'Query', 'partnerAgreement'), agreementOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

type Row = AgreementRecord & { organizationId?: string; endKey?: string };

/** A party or program copy carries its key attributes; the GraphQL type is the agreement. */
function asAgreement(a: Row): AgreementRecord {
  const { organizationId: _o, endKey: _e, ...agreement } = a;
  return agreement;
}

export async function listAgreements(
  ctx: RequestContext,
  filterIn: PartnerAgreementFilter | null | undefined,
  sort: PartnerAgreementSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const today = isoDay(ctx.now);
  const reach = reachOf(ctx, 'Query', 'partnerAgreements');
  if (!reach) return emptyPage<AgreementRecord>();
  checkRanges(filter);
  if (reach.scope === 'own') {
    // An 'own' caller lists through its organization's party copies, whatever else it filters by.
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId))
      return emptyPage<AgreementRecord>();
    filter.organizationId = reach.organizationId;
  }
  if (filter.q && !filter.titleIs) {
    // Any word of the title: the word index, every other filter and the caller's scope checked on
    // its items, then one BatchGetItem of the agreements found.
    const found = await searchIds(ctx, {
      type: TYPE,
      q: filter.q,
      list: `partnerAgreements:${JSON.stringify(NARROWING.map((k) => filter[k] ?? null))}`,
      keep: (w) => matchesFilter(w, filter, today) && reaches(reach, agreementOwner, w, TYPE),
      first,
      after,
      order: searchOrder(sort),
    });
    if (found) {
      const loaded = await agreementLoader(ctx).loadMany(found.nodes);
      const nodes = loaded.filter((a): a is AgreementRecord => !!a && !(a instanceof Error) && reaches(reach, agreementOwner, a, TYPE));
      return { ...found, nodes };
    }
  }
  if (reach.scope === 'ownOrProgram') {
    const merged = await donorList(ctx, reach, filter, sort, first, after, today);
    if (merged) return merged;
  }
  const plan = planList({ filter, sort, today });
  const result = await readPage(ctx, `partnerAgreements:${plan.index}`, plan.query, {
    first,
    after,
    order: plan.order,
    filtered: plan.filtered,
  });
  return { ...result, nodes: result.nodes.map(asAgreement) };
}

/**
 * A donor's list: the agreements its organization signed (party copies) and those of the programs
 * it funds (program copies). Asked for one funded program, that program's copies alone serve it
 * (undefined: the ordinary plan); for another program, only what it signed there; otherwise the
 * sources are merged by start date (`readMerged`).
 */
/** Agreements merged by start date; a party copy carries its organization. */
const byStart = mergedList('startDate');
type MergedRow = AgreementRecord & { organizationId?: string; endKey?: string };

async function donorList(
  ctx: RequestContext,
  reach: Extract<Reach, { scope: 'ownOrProgram' }>,
  filter: PartnerAgreementFilter,
  sort: PartnerAgreementSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  today: string,
) {
  if (filter.programId && reach.programIds.includes(filter.programId)) return undefined;
  if (filter.programId) {
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId))
      return emptyPage<AgreementRecord>();
    filter.organizationId = reach.organizationId;
    return undefined;
  }
  if (sort && sort.field !== 'START_DATE') {
    throw badInput([problem('sort.field', 'validation.invalid')], "A donor's list is sorted by start date");
  }
  const sources: Source<MergedRow>[] = [
    ...(reach.organizationId
      ? [byStart.source<MergedRow>(AgreementParty.query.byOrganization({ organizationId: reach.organizationId }))]
      : []),
    ...reach.programIds.map((programId) => byStart.source<MergedRow>(AgreementInProgram.query.byStart({ programId }))),
  ];
  if (!sources.length) return emptyPage<AgreementRecord>();
  // Title searches without a word worth looking up ("de la"), or exact, are checked on each row here.
  const title = filter.titleIs ?? filter.q;
  const key = title ? searchKey(title) : '';
  const titled = (a: AgreementRecord) => !title || (filter.titleIs ? searchKey(a.title) === key : searchKey(a.title).startsWith(key));
  const { kind, status, organizationId, endFrom, endTo } = filter;
  const page = await byStart.readMerged(
    ctx,
    `partnerAgreements:merged:${JSON.stringify([kind, status, organizationId, filter.startFrom, filter.startTo, endFrom, endTo, key])}`,
    sources,
    (a) => matchesFilter(a, filter, today) && titled(a),
    {
      first,
      after,
      order: sort?.order === 'ASC' ? 'asc' : 'desc',
      ...(filter.startFrom ? { from: filter.startFrom } : {}),
      ...(filter.startTo ? { upTo: nextDay(filter.startTo) } : {}),
    },
  );
  return { ...page, nodes: page.nodes.map(asAgreement) };
}

export async function createAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const input = parseInput(createPartnerAgreementInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = { ...withoutNulls(fields), id: requestedId ?? randomUUID(), ...created(ctx, input) } as AgreementRecord;
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: PartnerAgreement.create(record).commit(),
    load: async () => (await PartnerAgreement.get({ id: record.id }).go()).data,
    steps: agreementSteps(null, record),
  });
}

/** Cross-field rules hold for the record as it will be, not only for the fields sent. */
function checkMerged(merged: AgreementRecord) {
  const combined = z.object({}).passthrough().superRefine(checkAgreementRules).safeParse(merged);
  if (!combined.success) {
    throw badInput(combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never)));
  }
}

export async function updateAgreement(ctx: RequestContext, raw: unknown): Promise<AgreementRecord> {
  const { id, version, ...changes } = parseInput(updatePartnerAgreementInput, raw);
  const { data: current } = await PartnerAgreement.get({ id }).go();
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes,
    validate: checkMerged,
    patch: (set, remove) =>
      PartnerAgreement.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => agreementSteps(current!, merged),
  });
}

export async function deleteAgreement(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await PartnerAgreement.get({ id }).go();
  return deleteVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    remove: PartnerAgreement.delete({ id }).where(versionIs(version)).commit(),
    steps: current ? agreementSteps(current, null) : [],
  });
}
