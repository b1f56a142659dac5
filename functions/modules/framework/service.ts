import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import {
  createBudgetLineInput,
  createIndicatorInput,
  createObjectiveInput,
  fitsUnit,
  indicatorValueInput,
  observationInput,
  parentCode,
  unitProblem,
  updateBudgetLineInput,
  updateIndicatorInput,
  updateObjectiveInput,
} from '@ruta/schema/zod/framework';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, updateVersioned, versionIs } from '#modules/records/writes';
import { compareCodes, parseScopedId, scopedId } from '#modules/framework/ids';
import { objectiveExists, programExists } from '#modules/framework/links';
import { assertWithinProgram } from '#modules/framework/period';
import {
  BudgetLine,
  frameworkOf,
  Indicator,
  IndicatorValue,
  Objective,
  Observation,
  type BudgetLineRecord,
  type IndicatorRecord,
  type ObjectiveRecord,
} from '#modules/framework/entity';

/** The whole framework of a program: one Query on its partition's collection. */
export async function getFramework(ctx: RequestContext, programId: string, operation = 'framework') {
  assertProgramReach(ctx, operation, programId);
  const { data } = await frameworkOf.collections.framework({ programId }).go({ pages: 'all' });
  return {
    programId,
    objectives: [...data.objective].sort((a, b) => compareCodes(a.code, b.code)),
    indicators: data.indicator,
    budgetLines: data.budgetLine,
  };
}

export async function createObjective(ctx: RequestContext, raw: unknown): Promise<ObjectiveRecord> {
  const input = parseInput(createObjectiveInput, raw);
  const { id: _id, ...fields } = input as typeof input & { id?: string };
  const record = { ...withoutNulls(fields), ...created(ctx, input) } as ObjectiveRecord;
  const parent = parentCode(input.code);
  const key = { programId: input.programId, code: input.code };
  return createOnce(ctx, {
    type: 'Objective',
    id: scopedId(input.programId, input.code),
    record,
    put: Objective.create(record).commit(),
    load: async () => (await Objective.get(key).go()).data,
    taken: () => badInput([problem('input.code', 'validation.code_taken')], `input.code: ${input.code} is already used in this program`),
    steps: [
      programExists(input.programId),
      ...(parent
        ? [
            step(
              Objective.check({ programId: input.programId, code: parent })
                .where((a, op) => op.exists(a.code))
                .commit(),
              badInput([problem('input.code', 'validation.parent_missing', { parent })], `input.code: create objective ${parent} first`),
            ),
          ]
        : []),
    ],
  });
}

export async function updateObjective(ctx: RequestContext, raw: unknown): Promise<ObjectiveRecord> {
  const { id, version, ...changes } = parseInput(updateObjectiveInput, raw);
  const [programId, code] = parseScopedId(id, 1);
  const key = { programId, code: code! };
  const { data: current } = await Objective.get(key).go();
  return updateVersioned(ctx, {
    type: 'Objective',
    id,
    current,
    version,
    changes,
    patch: (set, remove) =>
      Objective.patch(key)
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
  });
}

export async function createIndicator(ctx: RequestContext, raw: unknown): Promise<IndicatorRecord> {
  const input = parseInput(createIndicatorInput, raw);
  const { id: requestedId, ...fields } = input;
  const localId = requestedId ?? randomUUID();
  const record = { ...withoutNulls(fields), localId, ...created(ctx, input) } as IndicatorRecord;
  return createOnce(ctx, {
    type: 'Indicator',
    id: scopedId(input.programId, localId),
    record,
    put: Indicator.create(record).commit(),
    load: async () => (await Indicator.get({ programId: input.programId, localId }).go()).data,
    steps: [objectiveExists(input.programId, input.objectiveCode, 'input.objectiveCode')],
  });
}

export async function updateIndicator(ctx: RequestContext, raw: unknown): Promise<IndicatorRecord> {
  const { id, version, ...changes } = parseInput(updateIndicatorInput, raw);
  const [programId, localId] = parseScopedId(id, 1);
  const key = { programId, localId: localId! };
  const { data: current } = await Indicator.get(key).go();
  return updateVersioned(ctx, {
    type: 'Indicator',
    id,
    current,
    version,
    changes,
    validate: (merged) => {
      for (const field of ['target', 'baseline'] as const) {
        const v = changes[field];
        if (v == null || fitsUnit(merged.unit, v)) continue;
        const { key, params } = unitProblem(merged.unit, v);
        throw badInput([problem(`input.${field}`, key, params)]);
      }
    },
    patch: (set, remove) =>
      Indicator.patch(key)
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
  });
}

export async function setIndicatorValue(ctx: RequestContext, raw: unknown) {
  const input = parseInput(indicatorValueInput, raw, []);
  const [programId, localId] = parseScopedId(input.indicatorId, 1, 'indicatorId');
  const [{ data: indicator }] = await Promise.all([
    Indicator.get({ programId, localId: localId! }).go(),
    assertWithinProgram(programId, input.period, 'period'),
  ]);
  if (!indicator) throw notFound('Indicator', input.indicatorId);
  if (indicator.source !== 'MANUAL')
    throw badInput([problem('indicatorId', 'validation.invalid')], 'Computed indicators take their values from records');
  if (!fitsUnit(indicator.unit, input.value)) {
    const { key, params } = unitProblem(indicator.unit, input.value);
    throw badInput([problem('value', key, params)]);
  }
  const item = { programId, period: input.period, indicatorId: input.indicatorId, value: input.value, updatedAt: ctx.now.toISOString() };
  await transact([
    step(IndicatorValue.put(item).commit()),
    // The indicator must still be there when the value lands (a delete takes its values with it).
    step(
      Indicator.check({ programId, localId: localId! })
        .where((a, op) => op.exists(a.localId))
        .commit(),
      notFound('Indicator', input.indicatorId),
    ),
    auditStep(ctx, 'UPDATE', 'IndicatorValue', `${input.indicatorId}~${input.period}`, {}),
  ]);
  return item;
}

export async function createBudgetLine(ctx: RequestContext, raw: unknown): Promise<BudgetLineRecord> {
  const input = parseInput(createBudgetLineInput, raw);
  const { id: requestedId, ...fields } = input;
  const localId = requestedId ?? randomUUID();
  const record = { ...withoutNulls(fields), localId, ...created(ctx, input) } as BudgetLineRecord;
  return createOnce(ctx, {
    type: 'BudgetLine',
    id: scopedId(input.programId, localId),
    record,
    put: BudgetLine.create(record).commit(),
    load: async () => (await BudgetLine.get({ programId: input.programId, localId }).go()).data,
    steps: [
      input.objectiveCode ? objectiveExists(input.programId, input.objectiveCode, 'input.objectiveCode') : programExists(input.programId),
    ],
  });
}

export const chargedLine = (path: string) =>
  badInput([problem(path, 'validation.budget_line_has_expenditures')], `${path}: expenditures are charged to this budget line`);

/**
 * Label, planned amount and objective. The report reads `planned` from the line itself, so no
 * aggregate changes; costs sit in the aggregates under the objective each expenditure copied from
 * the line, so the line may change objective only while nothing is charged to it.
 */
export async function updateBudgetLine(ctx: RequestContext, raw: unknown): Promise<BudgetLineRecord> {
  const { id, version, ...changes } = parseInput(updateBudgetLineInput, raw);
  const [programId, localId] = parseScopedId(id, 1);
  const key = { programId, localId: localId! };
  const { data: current } = await BudgetLine.get(key).go();
  const moves = !!current && changes.objectiveCode !== undefined && (changes.objectiveCode ?? undefined) !== current.objectiveCode;
  if (!moves) delete changes.objectiveCode;
  if (moves && current.version === version && (current.expenditureCount ?? 0) > 0) throw chargedLine('input.objectiveCode');
  return updateVersioned(ctx, {
    type: 'BudgetLine',
    id,
    current,
    version,
    changes,
    patch: (set, remove) =>
      BudgetLine.patch(key)
        .set(set)
        .remove(remove as never)
        .where(
          (a, op) =>
            `${op.eq(a.version, version)}${moves ? ` AND (${op.notExists(a.expenditureCount)} OR ${op.eq(a.expenditureCount, 0)})` : ''}`,
        )
        .commit(),
    // Either someone edited the line or an expenditure was charged to it meanwhile; say which.
    onPatchFail: async () => {
      const { data: now } = await BudgetLine.get(key).go();
      return now && now.version === version ? chargedLine('input.objectiveCode') : staleVersion(now?.version);
    },
    steps: () => (changes.objectiveCode ? [objectiveExists(programId, changes.objectiveCode, 'input.objectiveCode')] : []),
  });
}

export async function setObservation(ctx: RequestContext, raw: unknown) {
  const input = parseInput(observationInput, raw, []);
  await assertWithinProgram(input.programId, input.period, 'period');
  const key = { programId: input.programId, period: input.period, objectiveCode: input.objectiveCode };
  const item = { ...key, text: input.text, updatedAt: ctx.now.toISOString() };
  await transact([
    step(input.text ? Observation.put(item).commit() : Observation.delete(key).commit()),
    objectiveExists(input.programId, input.objectiveCode, 'objectiveCode'),
    auditStep(ctx, input.text ? 'UPDATE' : 'DELETE', 'Observation', scopedId(input.programId, input.objectiveCode, input.period), {}),
  ]);
  return input.text ? item : null;
}
