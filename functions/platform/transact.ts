import { conflict } from '#platform/errors';

interface TxItemResult { rejected: boolean; code: string }
interface TxResult { canceled: boolean; data: readonly TxItemResult[] }

/**
 * Reads an ElectroDB write-transaction result: returns the index of the first item whose condition
 * failed (the caller knows which item that is and explains it), or undefined when it committed.
 * Other cancellations (a concurrent transaction on the same items) become CONFLICT: retry.
 */
export function failedCondition(result: TxResult): number | undefined {
  if (!result.canceled) return undefined;
  const index = result.data.findIndex((d) => d.code === 'ConditionalCheckFailed');
  if (index >= 0) return index;
  throw conflict('Someone else changed these records at the same moment; try again');
}

export const nowIso = (d: Date) => d.toISOString();
