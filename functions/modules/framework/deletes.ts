import { problem } from '@ruta/schema/zod/common';
import { deleteFrameworkRecordInput, deleteObjectiveInput, parentCode } from '@ruta/schema/zod/framework';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { BudgetLine, Indicator, IndicatorValue, Objective, Observation } from '#modules/framework/entity';
import { parseScopedId, scopedId } from '#modules/framework/ids';
import { chargedLine } from '#modules/framework/service';
import { PartnerAgreement } from '#modules/partnerAgreement/entity';

/**
 * DynamoDB takes at most 100 items per transaction; the record and its audit event take two. A
 * delete that would need more is refused rather than split, so it never half-happens.
 */
const MAX_DEPENDENTS = 98;

const tooMany = (count: number) =>
  badInput([problem('id', 'validation.too_many_to_delete', { count, max: MAX_DEPENDENTS })],
    `id: ${count} related items cannot be removed in one transaction (at most ${MAX_DEPENDENTS})`);

/**
 * The report reads a line's planned amount from the line, not from aggregates, so nothing else
 * changes. Lines with expenditures are refused: their costs sit in the aggregates.
 */
export async function deleteBudgetLine(ctx: RequestContext, raw: unknown): Promise<{ id: string }> {
  const { id, version } = parseInput(deleteFrameworkRecordInput, raw, []);
  const [programId, localId] = parseScopedId(id, 1, 'id');
  const key = { programId, localId: localId! };
  const { data: current } = await BudgetLine.get(key).go();
  if (!current) throw notFound('BudgetLine', id);
  if (current.version !== version) throw staleVersion(current.version);
  if ((current.expenditureCount ?? 0) !== 0) throw chargedLine('id');
  const result = await store.transaction
    .write(({ budgetLine, audit }) => [
      budgetLine.delete(key)
        .where((a, op) => `${op.eq(a.version, version)} AND (${op.notExists(a.expenditureCount)} OR ${op.eq(a.expenditureCount, 0)})`).commit(),
      audit.create(auditRecord(ctx, 'DELETE', 'BudgetLine', id, { before: version })).commit(),
    ])
    .go();
  if (failedCondition(result) === undefined) return { id };
  // Either someone edited the line or an expenditure was charged to it meanwhile; say which.
  const { data: now } = await BudgetLine.get(key).go();
  if (now && now.version === version) throw chargedLine('id');
  throw staleVersion(now?.version);
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
  if (!current) throw notFound('Indicator', id);
  if (current.version !== version) throw staleVersion(current.version);
  const { data: values } = await IndicatorValue.query.byPeriod({ programId })
    .where((a, op) => op.eq(a.indicatorId, id)).go({ pages: 'all' });
  if (values.length > MAX_DEPENDENTS) throw tooMany(values.length);
  const result = await store.transaction
    .write(({ indicator, indicatorValue, audit }) => [
      indicator.delete(key).where((a, op) => op.eq(a.version, version)).commit(),
      ...values.map((v) => indicatorValue.delete({ programId, period: v.period, indicatorId: id }).commit()),
      audit.create(auditRecord(ctx, 'DELETE', 'Indicator', id, { before: version })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw staleVersion();
  return { id };
}

/**
 * Only a leaf nothing refers to: sub-objectives, indicators and budget lines are in the framework
 * collection (expenditures are charged through budget lines and a line cannot change objective while
 * charged), agreements name objective codes. Its observations go with it, so a later objective with
 * the same code starts clean. Agreements have no index by program: this reads the agreements of
 * every program (a Query with a filter, never a Scan); deletes of objectives are rare corrections.
 */
export async function deleteObjective(ctx: RequestContext, raw: unknown): Promise<{ id: string }> {
  const input = parseInput(deleteObjectiveInput, raw, []);
  const [programId, code] = input.id ? parseScopedId(input.id, 1, 'id') : [input.programId!, input.code!];
  const id = scopedId(programId, code!);
  const key = { programId, code: code! };
  const { data: current } = await Objective.get(key).go();
  if (!current) throw notFound('Objective', id);
  if (current.version !== input.version) throw staleVersion(current.version);
  const [{ data: framework }, { data: agreements }, { data: observations }] = await Promise.all([
    store.collections.framework({ programId }).go({ pages: 'all' }),
    PartnerAgreement.query.byStart({})
      .where((a, op) => `${op.eq(a.programId, programId)} AND ${op.contains(a.objectiveCodes, code!)}`).go({ pages: 'all' }),
    Observation.query.byPeriod({ programId }).where((a, op) => op.eq(a.objectiveCode, code!)).go({ pages: 'all' }),
  ]);
  const uses = [
    [framework.objective.filter((o) => parentCode(o.code) === code).length, 'sub-objective'],
    [framework.indicator.filter((i) => i.objectiveCode === code).length, 'indicator'],
    [framework.budgetLine.filter((b) => b.objectiveCode === code).length, 'budget line'],
    [agreements.length, 'linked agreement'],
  ].filter(([n]) => (n as number) > 0).map(([n, what]) => `${n} ${what}(s)`);
  if (uses.length) {
    throw badInput([problem('id', 'validation.objective_in_use')], `id: objective ${code} still has ${uses.join(', ')}`);
  }
  if (observations.length > MAX_DEPENDENTS) throw tooMany(observations.length);
  const result = await store.transaction
    .write(({ objective, observation, audit }) => [
      objective.delete(key).where((a, op) => op.eq(a.version, input.version)).commit(),
      ...observations.map((o) => observation.delete({ programId, period: o.period, objectiveCode: code! }).commit()),
      audit.create(auditRecord(ctx, 'DELETE', 'Objective', id, { before: input.version })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw staleVersion();
  return { id };
}
