import type { ScholarshipFilter, ScholarshipSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/problems';
import {
  checkScholarshipRules,
  createScholarshipInput,
  scholarshipImportRow,
  updateScholarshipInput,
  type CreateScholarship,
} from '@ruta/schema/zod/scholarship';
import * as z from 'zod';
import { assertProgramReach, reachOf, reaches } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { emptyPage, MAX_PAGE, readPage } from '#platform/paging';
import { cantonName, provinceName } from '@ruta/schema/geo';
import { dashboardProgramInput } from '@ruta/schema/zod/dashboard';
import { ProgramStat } from '#modules/aggregates/entity';
import { importRows, type ImportResult } from '#modules/batchImport/importRows';
import { organizationsByIds } from '#modules/organization/service';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { nextDay } from '#modules/partnerAgreement/listQuery';
import { isoDay } from '#modules/partnerAgreement/status';
import { Program } from '#modules/program/entity';
import {
  activeSinceOf,
  parseTallyBucket,
  scholarshipContributions,
  scholarshipUses,
  tallyPartition,
} from '#modules/scholarship/contributions';
import { Scholarship, type ScholarshipRecord } from '#modules/scholarship/entity';
import { scholarshipId } from '#modules/scholarship/ids';
import { mergedList, type Source } from '#modules/records/mergedList';
import { scholarshipOwner } from '#modules/scholarship/owners';
import { scholarshipChecks, scholarshipSteps } from '#modules/scholarship/steps';

const TYPE = 'Scholarship';
/** Scholarships merged by award date (an organization's two indexes, or every program's list). */
const byAward = mergedList('awardedOn');

/** Loads scholarships by id through the request's DataLoader: one BatchGetItem per 100 ids. */
function scholarshipLoader(ctx: RequestContext) {
  return ctx.loaders.get<ScholarshipRecord>('scholarshipById', async (ids) => {
    const { data } = await Scholarship.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (s) => s.id);
  });
}

export async function getScholarship(ctx: RequestContext, id: string): Promise<ScholarshipRecord> {
  const data = await scholarshipLoader(ctx).load(id);
  if (!data || !reaches(reachOf(ctx, 'Query', 'scholarship'), scholarshipOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

type Where = Parameters<ReturnType<typeof Scholarship.query.byProgram>['where']>[0];
type Attrs = Parameters<Where>[0];
type Ops = Parameters<Where>[1];

/** The filters no index serves, as one condition (checked on each row by a merged list). */
function conditions(filter: ScholarshipFilter, served: readonly (keyof ScholarshipFilter)[]) {
  const eq = (['programId', 'objectiveCode', 'provinceCode', 'cantonCode', 'status'] as const).filter(
    (k) => filter[k] && !(served as readonly string[]).includes(k),
  );
  return {
    any: eq.length > 0,
    where: (a: Attrs, op: Ops) => eq.map((k) => op.eq(a[k] as never, filter[k] as never)).join(' AND '),
    keep: (s: ScholarshipRecord) => eq.every((k) => s[k] === filter[k]),
  };
}

/**
 * Scholarships, newest award first unless sorted ASC. The organization (sponsor or implementer: two
 * indexes merged), else the program, else the province (a canton implies its province: INEC canton
 * codes start with the province's) chooses the index; the other filters are filter expressions, the
 * award-date range a key condition. Without any of the three, the programs' lists are merged.
 * Partners are confined to their organization's.
 */
export async function listScholarships(
  ctx: RequestContext,
  filterIn: ScholarshipFilter | null | undefined,
  sort: ScholarshipSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'scholarships');
  if (!reach) return emptyPage<ScholarshipRecord>();
  if (filter.awardedFrom && filter.awardedTo && filter.awardedTo < filter.awardedFrom) {
    throw badInput([problem('filter.awardedTo', 'validation.to_before_from')]);
  }
  if (filter.objectiveCode && !filter.programId) {
    throw badInput([problem('filter.objectiveCode', 'validation.invalid')], 'An objective code needs its program (filter.programId)');
  }
  if (filter.cantonCode) {
    if (filter.provinceCode && !filter.cantonCode.startsWith(filter.provinceCode)) return emptyPage<ScholarshipRecord>();
    filter.provinceCode = filter.cantonCode.slice(0, 2);
  }
  if (reach.scope === 'own') {
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId))
      return emptyPage<ScholarshipRecord>();
    filter.organizationId = reach.organizationId;
  } else if (reach.scope !== 'all') return emptyPage<ScholarshipRecord>();

  const order = sort?.order === 'ASC' ? 'asc' : 'desc';
  const from = filter.awardedFrom ?? undefined;
  const upTo = filter.awardedTo ? nextDay(filter.awardedTo) : undefined;
  const listKey = JSON.stringify([
    filter.programId,
    filter.objectiveCode,
    filter.provinceCode,
    filter.cantonCode,
    filter.status,
    from,
    upTo,
  ]);

  const merged = async (sources: Source<ScholarshipRecord>[], served: (keyof ScholarshipFilter)[]) => {
    const c = conditions(filter, served);
    return byAward.readMerged(ctx, `scholarships:merged:${filter.organizationId ?? ''}:${listKey}`, sources, c.keep, {
      first,
      after,
      order,
      ...(from ? { from } : {}),
      ...(upTo ? { upTo } : {}),
    });
  };
  const source = (q: unknown) => byAward.source<ScholarshipRecord>(q);

  if (filter.organizationId) {
    const org = filter.organizationId;
    return merged(
      [source(Scholarship.query.bySponsor({ sponsorId: org })), source(Scholarship.query.byImplementer({ implementerId: org }))],
      [],
    );
  }
  const [index, base, served] = filter.programId
    ? (['byProgram', Scholarship.query.byProgram({ programId: filter.programId }), ['programId']] as const)
    : filter.provinceCode
      ? (['byProvince', Scholarship.query.byProvince({ provinceCode: filter.provinceCode }), ['provinceCode']] as const)
      : ([null, null, []] as const);
  if (!base) {
    // No selective filter: every program's list, merged (a handful of programs per deployment).
    const { data: programs } = await Program.query.byName({}).go({ pages: 'all', attributes: ['id'] });
    return merged(
      programs.map((p) => source(Scholarship.query.byProgram({ programId: p.id }))),
      [],
    );
  }
  const ranged =
    from && upTo
      ? base.between({ awardedOn: from }, { awardedOn: upTo })
      : from
        ? base.gte({ awardedOn: from })
        : upTo
          ? base.lt({ awardedOn: upTo })
          : base;
  const c = conditions(filter, served as unknown as (keyof ScholarshipFilter)[]);
  const query = c.any ? (ranged as typeof base).where(c.where) : ranged;
  return readPage<ScholarshipRecord>(ctx, `scholarships:${index}:${listKey}`, query as never, { first, after, order, filtered: c.any });
}

/** The record of a parsed create input or import row. */
function recordOf(input: Omit<CreateScholarship, never>, id: string, today: string) {
  const { place, ...fields } = input;
  const record = {
    ...withoutNulls({ ...fields, ...place }),
    id,
  } as unknown as ScholarshipRecord;
  const activeSince = activeSinceOf(record, null, today);
  if (activeSince) record.activeSince = activeSince;
  return record;
}

export async function createScholarship(ctx: RequestContext, raw: unknown): Promise<ScholarshipRecord> {
  const input = parseInput(createScholarshipInput, raw);
  const id = scholarshipId(input);
  const record = { ...recordOf(input, id, isoDay(ctx.now)), ...created(ctx, input) } as ScholarshipRecord;
  return createOnce(ctx, {
    type: TYPE,
    id,
    record,
    put: Scholarship.create(record).commit(),
    load: async () => (await Scholarship.get({ id }).go()).data,
    steps: scholarshipSteps(null, record),
  });
}

function checkMerged(merged: ScholarshipRecord) {
  const combined = z.object({}).passthrough().superRefine(checkScholarshipRules).safeParse(merged);
  if (!combined.success) {
    throw badInput(combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never)));
  }
}

export async function updateScholarship(ctx: RequestContext, raw: unknown): Promise<ScholarshipRecord> {
  const { id, version, place, ...rest } = parseInput(updateScholarshipInput, raw);
  const { data: current } = await Scholarship.get({ id }).go();
  const changes: Record<string, unknown> = { ...rest };
  if (place)
    Object.assign(changes, {
      country: place.country,
      provinceCode: place.provinceCode,
      cantonCode: place.cantonCode,
      locality: place.locality ?? null,
    });
  if (current) {
    // SCHOLARSHIPS_ACTIVE counts the month it became ACTIVE: the status date sent, or today.
    const next = { ...current, ...withoutNulls(rest), statusDate: rest.statusDate ?? undefined };
    changes.activeSince = activeSinceOf(next, current, isoDay(ctx.now)) ?? null;
  }
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes,
    validate: checkMerged,
    patch: (set, remove) =>
      Scholarship.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => scholarshipSteps(current!, merged),
  });
}

export async function deleteScholarship(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await Scholarship.get({ id }).go();
  return deleteVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    remove: Scholarship.delete({ id }).where(versionIs(version)).commit(),
    steps: current ? scholarshipSteps(current, null) : [],
  });
}

/** Batch import (staff, admin): see #modules/batchImport/importRows. */
export async function importScholarships(ctx: RequestContext, _batchId: string, rows: readonly unknown[]): Promise<ImportResult> {
  const today = isoDay(ctx.now);
  return importRows(
    ctx,
    {
      type: TYPE,
      schema: scholarshipImportRow,
      idOf: scholarshipId,
      recordOf: (row, id) => {
        const { row: _row, ...input } = row;
        return recordOf(input, id, today);
      },
      put: (record: ScholarshipRecord) => Scholarship.create(record).commit(),
      steps: (record) => scholarshipChecks(null, record, ''),
      contributions: (record) => [...scholarshipContributions(record), ...scholarshipUses(record)],
      load: async (ids) => (ids.length ? (await Scholarship.get(ids.map((id) => ({ id }))).go()).data : []),
    },
    rows,
  );
}

/**
 * Scholarships awarded by canton and sponsor over a whole program, for the dashboard: the program's
 * canton × sponsor tallies (`tallyPartition`, one Query) summed over the months, and the sponsors' names
 * (one BatchGetItem per 100 sponsors). Cantons with most scholarships first, then by canton code; within
 * a canton, the largest sponsor first.
 */
export async function scholarshipTallies(ctx: RequestContext, raw: unknown) {
  const { programId } = parseInput(dashboardProgramInput, raw, []);
  assertProgramReach(ctx, 'scholarshipTallies', programId);
  const { data } = await ProgramStat.query.byMonth({ programId: tallyPartition(programId) }).go({ pages: 'all' });
  const tallies = new Map<string, { cantonCode: string; sponsorId: string; awarded: number }>();
  for (const s of data) {
    const at = parseTallyBucket(s.bucket);
    if (!at || !s.scholarshipsAwarded) continue;
    const t = tallies.get(s.bucket) ?? { ...at, awarded: 0 };
    t.awarded += s.scholarshipsAwarded;
    tallies.set(s.bucket, t);
  }
  const rows = [...tallies.values()].filter((t) => t.awarded > 0);
  const sponsorIds = [...new Set(rows.map((t) => t.sponsorId))];
  const chunks = Array.from({ length: Math.ceil(sponsorIds.length / MAX_PAGE) }, (_, i) =>
    sponsorIds.slice(i * MAX_PAGE, (i + 1) * MAX_PAGE),
  );
  const names = new Map((await Promise.all(chunks.map((ids) => organizationsByIds(ctx, ids)))).flat().map((o) => [o.id, o.name]));
  const cantonTotal = new Map<string, number>();
  for (const t of rows) cantonTotal.set(t.cantonCode, (cantonTotal.get(t.cantonCode) ?? 0) + t.awarded);
  return rows
    .sort(
      (a, b) =>
        cantonTotal.get(b.cantonCode)! - cantonTotal.get(a.cantonCode)! ||
        a.cantonCode.localeCompare(b.cantonCode) ||
        b.awarded - a.awarded ||
        a.sponsorId.localeCompare(b.sponsorId),
    )
    .map((t) => ({
      ...t,
      cantonName: cantonName(t.cantonCode) ?? null,
      provinceCode: t.cantonCode.slice(0, 2),
      provinceName: provinceName(t.cantonCode.slice(0, 2)) ?? null,
      sponsorName: names.get(t.sponsorId) ?? null,
    }));
}
