import { notInUse, objectiveUseKey } from '#modules/aggregates/uses';
import { problem } from '@ruta/schema/zod/common';
import { deleteFrameworkRecordInput, deleteObjectiveInput, parentCode } from '@ruta/schema/zod/framework';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { step } from '#platform/transact';
import { deleteVersioned, versionIs } from '#modules/records/writes';
import { BudgetLine, frameworkOf, Indicator, IndicatorValue, Objective, Observation } from '#modules/framework/entity';
import { parseScopedId, scopedId } from '#modules/framework/ids';
import { chargedLine } from '#modules/framework/service';

/**
 * DynamoDB takes at most 100 items per transaction; the record and its audit event take two. A
 * delete that would need more is refused rather than split, so it never half-happens.
 */
const MAX_DEPENDENTS = 98;

const tooMany = (count: number) =>
  badInput(
    [problem('id', 'validation.too_many_to_delete', { count, max: MAX_DEPENDENTS })],
    `id: ${count} related items cannot be removed in one transaction (at most ${MAX_DEPENDENTS})`,
  );

/**
 * The report reads a line's planned amount from the line, not from aggregates, so nothing else
 * changes. Lines with expenditures are refused: their costs sit in the aggregates.
 */
export async function deleteBudgetLine(ctx: RequestContext, raw: unknown): Promise<{ id: string }> {
  const { id, version } = parseInput(deleteFrameworkRecordInput, raw, []);
  const [programId, localId] = parseScopedId(id, 1, 'id');
  const key = { programId, localId: localId! };
  const { data: current } = await BudgetLine.get(key).go();
  if (current && current.version === version && (current.expenditureCount ?? 0) !== 0) throw chargedLine('id');
  return deleteVersioned(ctx, {
    type: 'BudgetLine',
    id,
    current,
    version,
    remove: BudgetLine.delete(key)
      .where((a, op) => `${op.eq(a.version, version)} AND (${op.notExists(a.expenditureCount)} OR ${op.eq(a.expenditureCount, 0)})`)
      .commit(),
    // Either someone edited the line or an expenditure was charged to it meanwhile; say which.
    onRemoveFail: async () => {
      const { data: now } = await BudgetLine.get(key).go();
      return now && now.version === version ? chargedLine('id') : staleVersion(now?.version);
    },
  });
}

/**
 * Manual indicators keep one value item per month; they go with the indicator, so an indicator
 * created later with the same id does not inherit them. Values are not aggregated (the report reads
 * them directly), so no aggregate changes.
 */
export async function deleteIndicator(ctx: RequestContext, raw: unknown): Promise<{ id: string }> {
  const { id, version } = parseInput(deleteFrameworkRecordInput, raw, []);
  const [programId, localId] = parseScopedId(id, 1, 'id');
  const key = { programId, localId: localId! };
  const { data: current } = await Indicator.get(key).go();
  const { data: values } = current
    ? await IndicatorValue.query
        .byPeriod({ programId })
        .where((a, op) => op.eq(a.indicatorId, id))
        .go({ pages: 'all' })
    : { data: [] };
  if (values.length > MAX_DEPENDENTS) throw tooMany(values.length);
  return deleteVersioned(ctx, {
    type: 'Indicator',
    id,
    current,
    version,
    remove: Indicator.delete(key).where(versionIs(version)).commit(),
    steps: values.map((v) => step(IndicatorValue.delete({ programId, period: v.period, indicatorId: id }).commit())),
  });
}

/**
 * Only a leaf nothing refers to: sub-objectives, indicators and budget lines are in the framework
 * collection (expenditures are charged through budget lines and a line cannot change objective while
 * charged); linked agreements are counted on the objective by their own transactions, and the delete
 * is conditional on that count being 0. Its observations go with it, so a later objective with the
 * same code starts clean.
 */
export async function deleteObjective(ctx: RequestContext, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(deleteObjectiveInput, raw, []);
  const [programId, code] = input.id ? parseScopedId(input.id, 1, 'id') : [input.programId!, input.code!];
  const id = scopedId(programId, code!);
  const key = { programId, code: code! };
  const { data: current } = await Objective.get(key).go();
  if (!current) throw notFound('Objective', id);
  if (current.version !== input.version) throw staleVersion(current.version);
  const [{ data: framework }, { data: observations }] = await Promise.all([
    frameworkOf.collections.framework({ programId }).go({ pages: 'all' }),
    Observation.query
      .byPeriod({ programId })
      .where((a, op) => op.eq(a.objectiveCode, code!))
      .go({ pages: 'all' }),
  ]);
  const uses = [
    [framework.objective.filter((o) => parentCode(o.code) === code).length, 'sub-objective'],
    [framework.indicator.filter((i) => i.objectiveCode === code).length, 'indicator'],
    [framework.budgetLine.filter((b) => b.objectiveCode === code).length, 'budget line'],
    [current.agreementCount ?? 0, 'linked agreement'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, what]) => `${n} ${what}(s)`);
  if (uses.length) throw inUse(code!, uses);
  if (observations.length > MAX_DEPENDENTS) throw tooMany(observations.length);
  return deleteVersioned(ctx, {
    type: 'Objective',
    id,
    current,
    version: input.version,
    remove: Objective.delete(key)
      .where((a, op) => `${op.eq(a.version, input.version)} AND (${op.notExists(a.agreementCount)} OR ${op.eq(a.agreementCount, 0)})`)
      .commit(),
    onRemoveFail: async () => {
      const { data: now } = await Objective.get(key).go();
      return now && now.version === input.version
        ? inUse(code!, [`${now.agreementCount} linked agreement(s)`])
        : staleVersion(now?.version);
    },
    steps: [
      ...observations.map((o) => step(Observation.delete({ programId, period: o.period, objectiveCode: code! }).commit())),
      // Trainings and scholarships recorded under the code: a count their transactions keep.
      notInUse(objectiveUseKey(programId, code!), `Objective ${code}`),
    ],
  });
}

const inUse = (code: string, uses: string[]) =>
  badInput([problem('id', 'validation.objective_in_use')], `id: objective ${code} still has ${uses.join(', ')}`);
