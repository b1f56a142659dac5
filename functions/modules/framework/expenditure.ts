import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import { recordExpenditureInput, reportPeriodInput } from '@ruta/schema/zod/framework';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, notFound, parseInput, staleVersion } from '#platform/errors';
import { failedCondition } from '#platform/transact';
import { store } from '#modules/store';
import { auditRecord } from '#modules/audit/service';
import { withoutNulls } from '#modules/changes';
import { BudgetLine, Expenditure, type ExpenditureRecord } from '#modules/framework/entity';
import { parseScopedId, scopedId } from '#modules/framework/ids';
import { assertProgramAccess } from '#modules/program/access';
import { expenditureContributions } from '#modules/report/contributions';
import { statChanges, statOps } from '#modules/report/deltas';

export const expenditureId = (e: Pick<ExpenditureRecord, 'programId' | 'date' | 'localId'>) => scopedId(e.programId, e.date, e.localId);

const lineKey = (budgetLineId: string) => {
  const [programId, localId] = parseScopedId(budgetLineId, 1, 'budgetLineId');
  return { programId, localId: localId! };
};

export async function listExpenditures(ctx: RequestContext, raw: unknown): Promise<ExpenditureRecord[]> {
  const { programId, from, to } = parseInput(reportPeriodInput, raw, []);
  assertProgramAccess(ctx, 'expenditures', programId);
  const { data } = await Expenditure.query.byDate({ programId }).between({ date: from }, { date: `${to}~` }).go({ order: 'desc', limit: 500 });
  return data;
}

export async function recordExpenditure(ctx: RequestContext, raw: unknown): Promise<ExpenditureRecord> {
  const input = parseInput(recordExpenditureInput, raw);
  const [programId, lineLocalId] = parseScopedId(input.budgetLineId, 1, 'input.budgetLineId');
  const { data: line } = await BudgetLine.get({ programId, localId: lineLocalId! }).go();
  if (!line) throw badInput([problem('input.budgetLineId', 'validation.invalid')], 'input.budgetLineId: no such budget line');
  const now = ctx.now.toISOString();
  const record = {
    programId, date: input.date, localId: input.id ?? randomUUID(), budgetLineId: input.budgetLineId,
    ...(line.objectiveCode ? { objectiveCode: line.objectiveCode } : {}),
    amount: input.amount, ...withoutNulls({ description: input.description }),
    version: 1, createdAt: now, updatedAt: now,
  } as ExpenditureRecord;
  const result = await store.transaction
    .write(({ expenditure, budgetLine, programStat, audit }) => [
      expenditure.create(record).commit(),
      // Counts the expenditure on the line, and fails if the line went away or moved to another objective since it was read.
      budgetLine.patch({ programId, localId: lineLocalId! }).add({ expenditureCount: 1 })
        .where((a, op) => (line.objectiveCode ? op.eq(a.objectiveCode, line.objectiveCode) : op.notExists(a.objectiveCode))).commit(),
      ...statOps(programStat as never, statChanges([], expenditureContributions(record))),
      audit.create(auditRecord(ctx, 'CREATE', 'Expenditure', expenditureId(record), { after: 1 })).commit(),
    ])
    .go();
  const failed = failedCondition(result);
  if (failed === undefined) return record;
  if (failed === 0) throw conflict(`The id ${record.localId} is already used`);
  throw conflict('The budget line was removed or moved to another objective at the same moment; try again');
}

export async function deleteExpenditure(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const [programId, date, localId] = parseScopedId(id, 2, 'id');
  const { data: current } = await Expenditure.get({ programId, date: date!, localId: localId! }).go();
  if (!current) throw notFound('Expenditure', id);
  if (current.version !== version) throw staleVersion(current.version);
  const result = await store.transaction
    .write(({ expenditure, budgetLine, programStat, audit }) => [
      expenditure.delete({ programId, date: date!, localId: localId! }).where((a, op) => op.eq(a.version, version)).commit(),
      budgetLine.patch(lineKey(current.budgetLineId)).subtract({ expenditureCount: 1 }).commit(),
      ...statOps(programStat as never, statChanges(expenditureContributions(current), [])),
      audit.create(auditRecord(ctx, 'DELETE', 'Expenditure', id, { before: version })).commit(),
    ])
    .go();
  if (failedCondition(result) !== undefined) throw staleVersion();
  return { id };
}
