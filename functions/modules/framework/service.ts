import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import {
  createBudgetLineInput, createIndicatorInput, createObjectiveInput, fitsUnit, indicatorValueInput, observationInput,
  parentCode, updateBudgetLineInput, updateIndicatorInput, updateObjectiveInput,
} from '@ruta/schema/zod/framework';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, notFound, parseInput, staleVersion } from '#platform/errors';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { splitChanges, withoutNulls } from '#modules/changes';
import { assertProgramAccess } from '#modules/program/access';
import { compareCodes, parseScopedId, scopedId } from '#modules/framework/ids';
import {
  BudgetLine, Indicator, Objective, type BudgetLineRecord, type IndicatorRecord, type ObjectiveRecord,
} from '#modules/framework/entity';

/** The whole framework of a program: one Query on its partition's collection. */
export async function getFramework(ctx: RequestContext, programId: string, operation = 'framework') {
  assertProgramAccess(ctx, operation, programId);
  const { data } = await store.collections.framework({ programId }).go({ pages: 'all' });
  return {
    programId,
    objectives: [...data.objective].sort((a, b) => compareCodes(a.code, b.code)),
    indicators: data.indicator,
    budgetLines: data.budgetLine,
  };
}

const stamp = (ctx: RequestContext) => {
  const now = ctx.now.toISOString();
  return { version: 1, createdAt: now, updatedAt: now };
};

const unknownProgram = (path = 'input.programId') => badInput([problem(path, 'validation.unknown_program')]);
const unknownObjective = (path: string) => badInput([problem(path, 'validation.unknown_objective')]);

export async function createObjective(ctx: RequestContext, raw: unknown): Promise<ObjectiveRecord> {
  const input = parseInput(createObjectiveInput, raw);
  const record = { ...withoutNulls(input), ...stamp(ctx) } as ObjectiveRecord & { id?: string };
  delete record.id;
  const parent = parentCode(input.code);
  const result = await store.transaction
    .write(({ objective, program, audit }) => [
      objective.create(record).commit(),
      program.check({ id: input.programId }).where((a, op) => op.exists(a.id)).commit(),
      ...(parent ? [objective.check({ programId: input.programId, code: parent }).where((a, op) => op.exists(a.code)).commit()] : []),
      audit.create(auditRecord(ctx, 'CREATE', 'Objective', scopedId(input.programId, input.code), { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) throw badInput([problem('input.code', 'validation.code_taken')], `input.code: ${input.code} is already used in this program`);
  if (failed === 1) throw unknownProgram();
  throw badInput([problem('input.code', 'validation.parent_missing', { parent: parent! })], `input.code: create objective ${parent} first`);
}

export async function updateObjective(ctx: RequestContext, raw: unknown): Promise<ObjectiveRecord> {
  const input = parseInput(updateObjectiveInput, raw);
  const [programId, code] = parseScopedId(input.id, 1);
  const { data: current } = await Objective.get({ programId, code: code! }).go();
  if (!current) throw notFound('Objective', input.id);
  const { id: _id, version, ...changes } = input;
  return patchVersioned(ctx, 'Objective', input.id, current, version, changes, (set, remove, next) =>
    store.transaction.write(({ objective, audit }) => [
      objective.patch({ programId, code: code! }).set(next).remove(remove as never).where((a, op) => op.eq(a.version, version)).commit(),
      audit.create(auditRecord(ctx, 'UPDATE', 'Objective', input.id, { before: version, after: version + 1 })).commit(),
    ]).go());
}

export async function createIndicator(ctx: RequestContext, raw: unknown): Promise<IndicatorRecord> {
  const input = parseInput(createIndicatorInput, raw);
  const localId = input.id ?? randomUUID();
  const { id: _id, ...fields } = input;
  const record = { ...withoutNulls(fields), localId, ...stamp(ctx) } as IndicatorRecord;
  const id = scopedId(input.programId, localId);
  const result = await store.transaction
    .write(({ indicator, objective, audit }) => [
      indicator.create(record).commit(),
      objective.check({ programId: input.programId, code: input.objectiveCode }).where((a, op) => op.exists(a.code)).commit(),
      audit.create(auditRecord(ctx, 'CREATE', 'Indicator', id, { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) throw conflict(`The id ${localId} is already used`);
  throw unknownObjective('input.objectiveCode');
}

export async function updateIndicator(ctx: RequestContext, raw: unknown): Promise<IndicatorRecord> {
  const input = parseInput(updateIndicatorInput, raw);
  const [programId, localId] = parseScopedId(input.id, 1);
  const { data: current } = await Indicator.get({ programId, localId: localId! }).go();
  if (!current) throw notFound('Indicator', input.id);
  for (const field of ['target', 'baseline'] as const) {
    const v = input[field];
    if (v != null && !fitsUnit(current.unit, v)) throw badInput([problem(`input.${field}`, 'validation.unit_value')]);
  }
  const { id: _id, version, ...changes } = input;
  return patchVersioned(ctx, 'Indicator', input.id, current, version, changes, (set, remove, next) =>
    store.transaction.write(({ indicator, audit }) => [
      indicator.patch({ programId, localId: localId! }).set(next).remove(remove as never).where((a, op) => op.eq(a.version, version)).commit(),
      audit.create(auditRecord(ctx, 'UPDATE', 'Indicator', input.id, { before: version, after: version + 1 })).commit(),
    ]).go());
}

export async function setIndicatorValue(ctx: RequestContext, raw: unknown) {
  const input = parseInput(indicatorValueInput, raw, []);
  const [programId, localId] = parseScopedId(input.indicatorId, 1, 'indicatorId');
  const { data: indicator } = await Indicator.get({ programId, localId: localId! }).go();
  if (!indicator) throw notFound('Indicator', input.indicatorId);
  if (indicator.source !== 'MANUAL') throw badInput([problem('indicatorId', 'validation.invalid')], 'Computed indicators take their values from records');
  if (!fitsUnit(indicator.unit, input.value)) throw badInput([problem('value', 'validation.unit_value')]);
  const item = { programId, period: input.period, indicatorId: input.indicatorId, value: input.value, updatedAt: ctx.now.toISOString() };
  await store.transaction
    .write(({ indicatorValue, audit }) => [
      indicatorValue.put(item).commit(),
      audit.create(auditRecord(ctx, 'UPDATE', 'IndicatorValue', `${input.indicatorId}~${input.period}`, {})).commit(),
    ])
    .go();
  return item;
}

export async function createBudgetLine(ctx: RequestContext, raw: unknown): Promise<BudgetLineRecord> {
  const input = parseInput(createBudgetLineInput, raw);
  const localId = input.id ?? randomUUID();
  const { id: _id, ...fields } = input;
  const record = { ...withoutNulls(fields), localId, ...stamp(ctx) } as BudgetLineRecord;
  const result = await store.transaction
    .write(({ budgetLine, objective, program, audit }) => [
      budgetLine.create(record).commit(),
      input.objectiveCode
        ? objective.check({ programId: input.programId, code: input.objectiveCode }).where((a, op) => op.exists(a.code)).commit()
        : program.check({ id: input.programId }).where((a, op) => op.exists(a.id)).commit(),
      audit.create(auditRecord(ctx, 'CREATE', 'BudgetLine', scopedId(input.programId, localId), { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) throw conflict(`The id ${localId} is already used`);
  throw input.objectiveCode ? unknownObjective('input.objectiveCode') : unknownProgram();
}

/**
 * Label, planned amount and objective. The report reads `planned` from the line itself, so no
 * aggregate changes; costs sit in the aggregates under the objective each expenditure copied from
 * the line, so the line may change objective only while nothing is charged to it.
 */
export async function updateBudgetLine(ctx: RequestContext, raw: unknown): Promise<BudgetLineRecord> {
  const input = parseInput(updateBudgetLineInput, raw);
  const [programId, localId] = parseScopedId(input.id, 1);
  const key = { programId, localId: localId! };
  const { data: current } = await BudgetLine.get(key).go();
  if (!current) throw notFound('BudgetLine', input.id);
  const { id: _id, version, ...changes } = input;
  const moves = changes.objectiveCode !== undefined && (changes.objectiveCode ?? undefined) !== current.objectiveCode;
  if (!moves) delete changes.objectiveCode;
  if (moves && current.version === version && (current.expenditureCount ?? 0) > 0) throw chargedLine('input.objectiveCode');
  return patchVersioned(ctx, 'BudgetLine', input.id, current, version, changes, (_set, remove, next) =>
    store.transaction.write(({ budgetLine, objective, audit }) => [
      budgetLine.patch(key).set(next).remove(remove as never)
        .where((a, op) => `${op.eq(a.version, version)}${moves ? ` AND (${op.notExists(a.expenditureCount)} OR ${op.eq(a.expenditureCount, 0)})` : ''}`).commit(),
      audit.create(auditRecord(ctx, 'UPDATE', 'BudgetLine', input.id, { before: version, after: version + 1 })).commit(),
      ...(changes.objectiveCode ? [objective.check({ programId, code: changes.objectiveCode }).where((a, op) => op.exists(a.code)).commit()] : []),
    ]).go(), (failed) => (failed === 2 ? unknownObjective('input.objectiveCode') : undefined));
}

export const chargedLine = (path: string) =>
  badInput([problem(path, 'validation.budget_line_has_expenditures')], `${path}: expenditures are charged to this budget line`);

export async function setObservation(ctx: RequestContext, raw: unknown) {
  const input = parseInput(observationInput, raw, []);
  const key = { programId: input.programId, period: input.period, objectiveCode: input.objectiveCode };
  const item = { ...key, text: input.text, updatedAt: ctx.now.toISOString() };
  const auditId = scopedId(input.programId, input.objectiveCode, input.period);
  const result = await store.transaction
    .write(({ observation, objective, audit }) => [
      input.text ? observation.put(item).commit() : observation.delete(key).commit(),
      objective.check({ programId: input.programId, code: input.objectiveCode }).where((a, op) => op.exists(a.code)).commit(),
      audit.create(auditRecord(ctx, input.text ? 'UPDATE' : 'DELETE', 'Observation', auditId, {})).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw unknownObjective('objectiveCode');
  return input.text ? item : null;
}

/** The shared shape of a versioned partial update: check version, SET/REMOVE, bump version, audit. */
async function patchVersioned<T extends { version: number }>(
  ctx: RequestContext, type: string, id: string, current: T, version: number, changes: Record<string, unknown>,
  write: (set: Record<string, unknown>, remove: string[], next: Record<string, unknown>) => Promise<{ canceled: boolean; data: readonly { rejected: boolean; code: string }[] }>,
  explain: (failed: number) => Error | undefined = () => undefined,
): Promise<T> {
  if (current.version !== version) throw staleVersion(current.version);
  const { set, remove } = splitChanges(changes);
  const next = { ...set, version: version + 1, updatedAt: ctx.now.toISOString() };
  const failed = failedCondition(await write(set, remove, next));
  if (failed !== undefined) throw explain(failed) ?? staleVersion();
  const merged = { ...current, ...next } as T;
  for (const key of remove) delete (merged as Record<string, unknown>)[key];
  void type; void id;
  return merged;
}
