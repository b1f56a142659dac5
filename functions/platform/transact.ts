import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { GraphQLError } from 'graphql';
import { problem } from '@ruta/schema/problems';
import { badInput, conflict } from '#platform/errors';
import { documentClient } from '#platform/store';

/** One item of a TransactWriteItems request, as ElectroDB's `.commit()` builds it. */
export type TxOp = { Put?: object; Update?: object; Delete?: object; ConditionCheck?: object };

/** What a step's condition failing means to the caller: an error, or one worked out by reading. */
export type OnFail = GraphQLError | Error | (() => Error | Promise<Error>);

/**
 * A write and the error it stands for when its condition fails. Steps carry their own meaning, so
 * reordering or adding steps cannot map a failure to the wrong error (no index arithmetic).
 */
export interface Step {
  op: TxOp;
  onFail?: OnFail;
}

export const step = (op: TxOp, onFail?: OnFail): Step => ({ op, ...(onFail ? { onFail } : {}) });

/** DynamoDB's limit of items per transaction. */
export const MAX_TRANSACTION_ITEMS = 100;

/** The default when a step says nothing: somebody changed the item in between. */
const changedMeanwhile = () => conflict('Someone else changed these records at the same moment; try again');

function keyOf(op: TxOp): string {
  const [kind, params] = Object.entries(op)[0] as [string, { Key?: Record<string, unknown>; Item?: Record<string, unknown> }];
  const source = kind === 'Put' ? params.Item : params.Key;
  return JSON.stringify([source?.pk, source?.sk]);
}

/**
 * DynamoDB refuses a transaction that names one item twice. Two identical condition checks (the same
 * organization as donor and implementer) are one; a check on an item the transaction also writes is
 * dropped when the write carries a condition itself. Any other repeat is a bug in the caller, which
 * must fold its own input before building steps.
 */
export function foldSteps(steps: readonly Step[]): Step[] {
  const byKey = new Map<string, Step>();
  const out: Step[] = [];
  for (const s of steps) {
    const key = keyOf(s.op);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, s);
      out.push(s);
      continue;
    }
    if (s.op.ConditionCheck) continue; // the item is already checked or written with a condition
    if (seen.op.ConditionCheck) {
      out[out.indexOf(seen)] = s;
      byKey.set(key, s);
      continue;
    }
    throw new Error(`A transaction writes one item twice (${key}); fold the changes first`);
  }
  return out;
}

interface Cancellation {
  name?: string;
  CancellationReasons?: { Code?: string }[];
}

async function explain(onFail: OnFail | undefined): Promise<Error> {
  if (!onFail) return changedMeanwhile();
  return typeof onFail === 'function' ? onFail() : onFail;
}

/**
 * Writes all steps or none. A failed condition becomes the error its step names; a cancellation for
 * another reason (a concurrent transaction on the same items) is a CONFLICT to retry.
 */
export async function transact(steps: readonly Step[]): Promise<void> {
  const folded = foldSteps(steps);
  if (!folded.length) return;
  if (folded.length > MAX_TRANSACTION_ITEMS) {
    throw badInput(
      [problem('input', 'validation.too_many_items', { count: folded.length, max: MAX_TRANSACTION_ITEMS })],
      `This change touches ${folded.length} records; at most ${MAX_TRANSACTION_ITEMS} fit in one transaction`,
    );
  }
  try {
    await documentClient().send(new TransactWriteCommand({ TransactItems: folded.map((s) => stripSymbols(s.op)) as never }));
  } catch (e) {
    const cancel = e as Cancellation;
    if (cancel?.name !== 'TransactionCanceledException') throw e;
    const failed = (cancel.CancellationReasons ?? []).findIndex((r) => r.Code === 'ConditionalCheckFailed');
    throw await explain(failed >= 0 ? folded[failed]?.onFail : undefined);
  }
}

/** ElectroDB tags committed operations with a symbol; the SDK needs only the operation itself. */
function stripSymbols(op: TxOp): TxOp {
  return Object.fromEntries(Object.entries(op)) as TxOp;
}
