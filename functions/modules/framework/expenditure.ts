import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import { recordExpenditureInput, reportPeriodInput, updateExpenditureInput } from '@ruta/schema/zod/framework';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, parseInput, staleVersion } from '#platform/errors';
import { readPage } from '#platform/paging';
import { step } from '#platform/transact';
import { MONEY_TOTAL_MAX } from '@ruta/schema/limits';
import { runningTotalStep, statSteps } from '#modules/aggregates/deltas';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { expenditureContributions } from '#modules/framework/contributions';
import { BudgetLine, Expenditure, type BudgetLineRecord, type ExpenditureRecord } from '#modules/framework/entity';
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

const noSuchLine = (path: string) => badInput([problem(path, 'validation.invalid')], `${path}: no such budget line`);

/** Counts one more expenditure on a line, failing if the line went away or moved to another objective since it was read. */
const chargeLine = (programId: string, line: BudgetLineRecord) =>
  step(
    BudgetLine.patch({ programId, localId: line.localId })
      .add({ expenditureCount: 1 })
      .where((a, op) => (line.objectiveCode ? op.eq(a.objectiveCode, line.objectiveCode) : op.notExists(a.objectiveCode)))
      .commit(),
    conflict('The budget line was removed or moved to another objective at the same moment; try again'),
  );

export async function recordExpenditure(ctx: RequestContext, raw: unknown): Promise<ExpenditureRecord> {
  const input = parseInput(recordExpenditureInput, raw);
  const [programId, lineLocalId] = parseScopedId(input.budgetLineId, 1, 'input.budgetLineId');
  const [{ data: line }] = await Promise.all([
    BudgetLine.get({ programId, localId: lineLocalId! }).go(),
    assertWithinProgram(programId, input.date, 'input.date'),
  ]);
  if (!line) throw noSuchLine('input.budgetLineId');
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
      chargeLine(programId, line),
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

/**
 * Corrects an expenditure in one transaction: the record (conditional on `version`), the aggregate
 * difference (what it contributed before out, what it contributes now in — folded, so a change of
 * amount alone is one ADD), the running total by the difference, the lines' counts when it moves to
 * another line (whose objective it copies, as a new expenditure does) and the audit event. A new date
 * must fall in the program's period, as a new expenditure's does.
 */
export async function updateExpenditure(ctx: RequestContext, raw: unknown): Promise<ExpenditureRecord> {
  const { id, version, budgetLineId, ...changes } = parseInput(updateExpenditureInput, raw);
  const [programId, localId] = parseScopedId(id, 1);
  const key = { programId, localId: localId! };
  const { data: current } = await Expenditure.get(key).go();
  // A stale form is a CONFLICT whatever else it got wrong (updateVersioned checks it again, and the write's condition last).
  if (current && current.version !== version) throw staleVersion(current.version);
  const moves = !!current && budgetLineId !== undefined && budgetLineId !== current.budgetLineId;
  const redates = !!current && changes.date !== undefined && changes.date !== current.date;
  let line: BudgetLineRecord | null = null;
  if (moves) {
    const [lineProgram, lineLocalId] = parseScopedId(budgetLineId, 1, 'input.budgetLineId');
    // A line of another program would carry the cost into a report it does not belong to.
    if (lineProgram !== programId) throw noSuchLine('input.budgetLineId');
    ({ data: line } = await BudgetLine.get({ programId, localId: lineLocalId! }).go());
    if (!line) throw noSuchLine('input.budgetLineId');
  }
  if (redates) await assertWithinProgram(programId, changes.date!, 'input.date');
  return updateVersioned(ctx, {
    type: 'Expenditure',
    id,
    current,
    version,
    changes: line ? { ...changes, budgetLineId, objectiveCode: line.objectiveCode ?? null } : changes,
    patch: (set, remove) =>
      Expenditure.patch(key)
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => {
      const delta = merged.amount - current!.amount;
      return [
        ...(line
          ? [step(BudgetLine.patch(lineKey(current!.budgetLineId)).subtract({ expenditureCount: 1 }).commit()), chargeLine(programId, line)]
          : []),
        ...statSteps(expenditureContributions(current), expenditureContributions(merged)),
        ...(delta ? [runningTotalStep(programId, 'expenditure', delta, MONEY_TOTAL_MAX, programTotalTooLarge())] : []),
      ];
    },
  });
}
