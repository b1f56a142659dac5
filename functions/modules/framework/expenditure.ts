import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import { recordExpenditureInput, reportPeriodInput } from '@ruta/schema/zod/framework';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, parseInput } from '#platform/errors';
import { readPage } from '#platform/paging';
import { step } from '#platform/transact';
import { MONEY_TOTAL_MAX } from '@ruta/schema/limits';
import { runningTotalStep, statSteps } from '#modules/aggregates/deltas';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, versionIs } from '#modules/records/writes';
import { expenditureContributions } from '#modules/framework/contributions';
import { BudgetLine, Expenditure, type ExpenditureRecord } from '#modules/framework/entity';
import { parseScopedId, scopedId } from '#modules/framework/ids';
import { assertWithinProgram } from '#modules/framework/period';

export const expenditureId = (e: Pick<ExpenditureRecord, 'programId' | 'localId'>) => scopedId(e.programId, e.localId);

const lineKey = (budgetLineId: string) => {
  const [programId, localId] = parseScopedId(budgetLineId, 1, 'budgetLineId');
  return { programId, localId: localId! };
};

/** The ceiling that keeps every figure of the program's report an exact SafeInt (schema/limits.ts). */
const programTotalTooLarge = () =>
  badInput(
    [problem('input.amount', 'validation.program_total', { max: MONEY_TOTAL_MAX })],
    `input.amount: the program's expenditures would pass ${MONEY_TOTAL_MAX} minor units, beyond what its report can show exactly`,
  );

export function listExpenditures(
  ctx: RequestContext,
  raw: { programId: string; from: string; to: string },
  first?: number | null,
  after?: string | null,
) {
  const { programId, from, to } = parseInput(reportPeriodInput, raw, []);
  assertProgramReach(ctx, 'expenditures', programId);
  const query = Expenditure.query.byDate({ programId }).between({ date: from }, { date: `${to}~` });
  return readPage(ctx, `expenditures:${programId}:${from}:${to}`, query, { first, after, order: 'desc' });
}

export async function recordExpenditure(ctx: RequestContext, raw: unknown): Promise<ExpenditureRecord> {
  const input = parseInput(recordExpenditureInput, raw);
  const [programId, lineLocalId] = parseScopedId(input.budgetLineId, 1, 'input.budgetLineId');
  const [{ data: line }] = await Promise.all([
    BudgetLine.get({ programId, localId: lineLocalId! }).go(),
    assertWithinProgram(programId, input.date, 'input.date'),
  ]);
  if (!line) throw badInput([problem('input.budgetLineId', 'validation.invalid')], 'input.budgetLineId: no such budget line');
  const record = {
    programId,
    date: input.date,
    localId: input.id ?? randomUUID(),
    budgetLineId: input.budgetLineId,
    ...(line.objectiveCode ? { objectiveCode: line.objectiveCode } : {}),
    amount: input.amount,
    ...withoutNulls({ description: input.description }),
    ...created(ctx, input),
  } as ExpenditureRecord;
  return createOnce(ctx, {
    type: 'Expenditure',
    id: expenditureId(record),
    record,
    put: Expenditure.create(record).commit(),
    load: async () => (await Expenditure.get({ programId, localId: record.localId }).go()).data,
    steps: [
      // Counts the expenditure on the line, and fails if the line went away or moved to another objective since it was read.
      step(
        BudgetLine.patch({ programId, localId: lineLocalId! })
          .add({ expenditureCount: 1 })
          .where((a, op) => (line.objectiveCode ? op.eq(a.objectiveCode, line.objectiveCode) : op.notExists(a.objectiveCode)))
          .commit(),
        conflict('The budget line was removed or moved to another objective at the same moment; try again'),
      ),
      ...statSteps([], expenditureContributions(record)),
      runningTotalStep(programId, 'expenditure', record.amount, MONEY_TOTAL_MAX, programTotalTooLarge()),
    ],
  });
}

export async function deleteExpenditure(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const [programId, localId] = parseScopedId(id, 1, 'id');
  const key = { programId, localId: localId! };
  const { data: current } = await Expenditure.get(key).go();
  return deleteVersioned(ctx, {
    type: 'Expenditure',
    id,
    current,
    version,
    remove: Expenditure.delete(key).where(versionIs(version)).commit(),
    steps: current
      ? [
          step(BudgetLine.patch(lineKey(current.budgetLineId)).subtract({ expenditureCount: 1 }).commit()),
          ...statSteps(expenditureContributions(current), []),
          runningTotalStep(programId, 'expenditure', -current.amount, MONEY_TOTAL_MAX, programTotalTooLarge()),
        ]
      : [],
  });
}
