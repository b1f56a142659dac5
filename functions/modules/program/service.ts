import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import { createProgramInput, updateProgramInput } from '@ruta/schema/zod/program';
import { DEFAULT_CELL_SIZE, setProgramStatisticsKInput } from '@ruta/schema/zod/publicStats';
import { assertProgramReach, reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { openCursor } from '#platform/cursor';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { pageSize, readPage, sealedPage, type Page } from '#platform/paging';
import { step, transact } from '#platform/transact';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, updateVersioned, versionIs } from '#modules/records/writes';
import { organizationExists } from '#modules/organization/checks';
import { Program, type ProgramRecord } from '#modules/program/entity';
import { backfillProgramKs, programStatisticsKStep } from '#modules/publicStats/entity';

const TYPE = 'Program';

/** A donor named twice is one donor (the transaction checks each organization once, too). */
const distinct = (ids: readonly string[]) => [...new Set(ids)];

export function programLoader(ctx: RequestContext) {
  return ctx.loaders.get<ProgramRecord>('programById', async (ids) => {
    const { data } = await Program.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (p) => p.id);
  });
}

export async function getProgram(ctx: RequestContext, id: string, operation = 'program'): Promise<ProgramRecord> {
  assertProgramReach(ctx, operation, id);
  const program = await programLoader(ctx).load(id);
  if (!program) throw notFound(TYPE, id);
  return program;
}

/**
 * Staff page through every program (sorted by name); donors and partners through the programs in
 * their token, read by id (a token names few programs; the cursor is an offset into that list).
 */
export async function listPrograms(ctx: RequestContext, first?: number | null, after?: string | null): Promise<Page<ProgramRecord>> {
  const reach = reachOf(ctx, 'Query', 'programs');
  if (reach?.scope !== 'program') return readPage(ctx, 'programs:byName', Program.query.byName({}), { first, after });
  const limit = pageSize(first);
  const opened = openCursor(ctx, 'programs:token', after);
  const offset = opened ? Number((JSON.parse(Buffer.from(opened, 'base64url').toString('utf8')) as { offset?: unknown }).offset) : 0;
  if (!Number.isInteger(offset) || offset < 0)
    throw badInput([problem('after', 'validation.invalid')], 'after: not a cursor from this list');
  const ids = reach.programIds.slice(offset, offset + limit);
  const found = await programLoader(ctx).loadMany(ids);
  const more = offset + limit < reach.programIds.length;
  const next = more ? Buffer.from(JSON.stringify({ offset: offset + limit })).toString('base64url') : null;
  return sealedPage(
    ctx,
    'programs:token',
    found.filter((p): p is ProgramRecord => !!p && !(p instanceof Error)),
    next,
  );
}

/** Donors and implementer must exist: condition checks in the program's transaction (one per organization). */
function organizationSteps(ids: { path: string; id: string }[]) {
  return ids.map(({ path, id }) =>
    organizationExists(id, badInput([problem(path, 'validation.unknown_party')], `${path}: organization ${id} does not exist`)),
  );
}

export async function createProgram(ctx: RequestContext, raw: unknown): Promise<ProgramRecord> {
  const input = parseInput(createProgramInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = {
    ...withoutNulls(fields),
    donorIds: distinct(fields.donorIds),
    modifications: fields.modifications.map((m) => withoutNulls(m)),
    id: requestedId ?? randomUUID(),
    ...created(ctx, input),
  } as ProgramRecord;
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: Program.create(record).commit(),
    load: async () => (await Program.get({ id: record.id }).go()).data,
    steps: [
      ...organizationSteps([
        ...record.donorIds.map((id, i) => ({ path: `input.donorIds.${i}`, id })),
        { path: 'input.implementerId', id: record.implementerId },
      ]),
      // Its default k in the statistics partition, so the public tables' largest k counts it too.
      programStatisticsKStep(record.id, DEFAULT_CELL_SIZE),
    ],
  });
}

export async function updateProgram(ctx: RequestContext, raw: unknown): Promise<ProgramRecord> {
  const input = parseInput(updateProgramInput, raw);
  const { id, version, modifications, ...changes } = input;
  const { data: current } = await Program.get({ id }).go();
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes: {
      ...changes,
      ...(changes.donorIds ? { donorIds: distinct(changes.donorIds) } : {}),
      ...(modifications ? { modifications: modifications.map((m) => withoutNulls(m)) } : {}),
    },
    patch: (set, remove) =>
      Program.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    validate: (merged) => {
      if (merged.originalEndDate < merged.startDate) throw badInput([problem('input.originalEndDate', 'validation.end_before_start')]);
    },
    steps: () => organizationSteps([...(input.donorIds ?? []).map((d, i) => ({ path: `input.donorIds.${i}`, id: d }))]),
  });
}

/**
 * Sets the program's k (admin): the program's `statisticsK` (its version bumped), its k item in the
 * public statistics partition and an UPDATE audit event naming the k before and after — one
 * transaction. Unchanged k: nothing written. Lowering it under 11 first gives every program without
 * a k item its default one (see backfillProgramKs).
 */
export async function setProgramStatisticsK(ctx: RequestContext, raw: unknown): Promise<ProgramRecord> {
  const { programId, k } = parseInput(setProgramStatisticsKInput, raw, []);
  const { data: current } = await Program.get({ id: programId }).go();
  if (!current) throw notFound(TYPE, programId);
  const before = current.statisticsK ?? DEFAULT_CELL_SIZE;
  if (current.statisticsK === k) return current;
  if (k < DEFAULT_CELL_SIZE) {
    // Programs stored before programs carried a k have no k item: their 11 must still count in the
    // public tables' largest k once this one is lowered (programs are few: one Query of their index).
    const { data: programs } = await Program.query.byName({}).go({ pages: 'all', attributes: ['id'] });
    await backfillProgramKs(
      programs.map((p) => p.id),
      DEFAULT_CELL_SIZE,
    );
  }
  const version = current.version;
  const next = { statisticsK: k, version: version + 1, updatedAt: ctx.now.toISOString() };
  await transact([
    step(Program.patch({ id: programId }).set(next).where(versionIs(version)).commit(), () => staleVersion()),
    programStatisticsKStep(programId, k),
    step(
      AuditEvent.create({
        ...auditRecord(ctx, 'UPDATE', TYPE, programId, { before: version, after: version + 1 }),
        reason: `statisticsK ${before} → ${k}`,
      }).commit(),
    ),
  ]);
  return { ...current, ...next };
}
