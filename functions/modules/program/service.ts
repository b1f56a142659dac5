import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import { createProgramInput, updateProgramInput } from '@ruta/schema/zod/program';
import { scopeOf } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { splitChanges, withoutNulls } from '#modules/changes';
import { created, existingForRetry } from '#modules/tracked';
import { assertProgramAccess } from '#modules/program/access';
import { Program, type ProgramRecord } from '#modules/program/entity';

const TYPE = 'Program';

export function programLoader(ctx: RequestContext) {
  return ctx.loaders.get<ProgramRecord>('programById', async (ids) => {
    const { data } = await Program.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (p) => p.id);
  });
}

export async function getProgram(ctx: RequestContext, id: string, operation = 'program'): Promise<ProgramRecord> {
  assertProgramAccess(ctx, operation, id);
  const program = await programLoader(ctx).load(id);
  if (!program) throw notFound(TYPE, id);
  return program;
}

/** Staff see every program (one Query, sorted by name); donors and partners the ones in their token. */
export async function listPrograms(ctx: RequestContext): Promise<ProgramRecord[]> {
  if (scopeOf(ctx.identity.role, 'Query', 'programs') === 'program') {
    const found = await programLoader(ctx).loadMany(ctx.identity.programIds.slice(0, 100));
    return found.filter((p): p is ProgramRecord => !!p && !(p instanceof Error));
  }
  const { data } = await Program.query.byName({}).go({ limit: 100 });
  return data;
}

/** Donors and implementer must exist: condition checks in the program's transaction. */
function organizationChecks(ids: { path: string; id: string }[]) {
  return ids.map(({ path, id }) => ({ id, error: badInput([problem(path, 'validation.unknown_party')], `${path}: organization ${id} does not exist`) }));
}

export async function createProgram(ctx: RequestContext, raw: unknown): Promise<ProgramRecord> {
  const input = parseInput(createProgramInput, raw);
  const { id: requestedId, ...fields } = input;
  const record = {
    ...withoutNulls(fields),
    modifications: fields.modifications.map((m) => withoutNulls(m)),
    id: requestedId ?? randomUUID(),
    ...created(ctx),
  } as ProgramRecord;
  const checks = organizationChecks([
    ...record.donorIds.map((id, i) => ({ path: `input.donorIds.${i}`, id })),
    { path: 'input.implementerId', id: record.implementerId },
  ]);
  const result = await store.transaction
    .write(({ program, organization, audit }) => [
      program.create(record).commit(),
      ...checks.map((c) => organization.check({ id: c.id }).where((a, op) => op.exists(a.id)).commit()),
      audit.create(auditRecord(ctx, 'CREATE', TYPE, record.id, { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) return existingForRetry(ctx, record.id, () => Program.get({ id: record.id }).go());
  throw checks[failed - 1]!.error;
}

export async function updateProgram(ctx: RequestContext, raw: unknown): Promise<ProgramRecord> {
  const input = parseInput(updateProgramInput, raw);
  const { id, version, modifications, ...changes } = input;
  const { data: current } = await Program.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  if (current.version !== version) throw staleVersion(current.version);
  const { set, remove } = splitChanges(changes);
  const next = {
    ...set,
    ...(modifications ? { modifications: modifications.map((m) => withoutNulls(m)) } : {}),
    version: version + 1,
    updatedAt: ctx.now.toISOString(),
  } as Partial<ProgramRecord>;
  const merged = { ...current, ...next } as ProgramRecord;
  for (const key of remove) delete (merged as Record<string, unknown>)[key];
  if (merged.originalEndDate < merged.startDate) throw badInput([problem('input.originalEndDate', 'validation.end_before_start')]);
  const checks = organizationChecks((input.donorIds ?? []).map((d, i) => ({ path: `input.donorIds.${i}`, id: d })));
  const result = await store.transaction
    .write(({ program, organization, audit }) => [
      program.patch({ id }).set(next).remove(remove as never).where((a, op) => op.eq(a.version, version)).commit(),
      ...checks.map((c) => organization.check({ id: c.id }).where((a, op) => op.exists(a.id)).commit()),
      audit.create(auditRecord(ctx, 'UPDATE', TYPE, id, { before: version, after: version + 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return merged;
  if (failed === 0) throw staleVersion();
  throw checks[failed - 1]!.error;
}
