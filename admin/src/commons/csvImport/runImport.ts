import { errorMessage, serverFieldErrors } from '../serverFieldErrors.ts';
import { decodeMessage } from '../validationMessage.ts';
import type { RowError } from './mapRows.ts';

export type Outcome =
  | { status: 'created' }
  /** The id was there before this run: an earlier import of the same row, or an exported file. */
  | { status: 'existing' }
  | { status: 'failed'; errors: RowError[] }
  /** Not sent: the user cancelled first. */
  | { status: 'skipped' };

export interface ImportApi<T> {
  /** Which of these ids exist already (at most `lookupBatch` per call). */
  existing(ids: string[]): Promise<string[]>;
  create(input: T): Promise<unknown>;
}

export interface RunOptions {
  /** Creates in flight at once: quick for a few hundred rows, gentle on the API's rate limits. */
  concurrency?: number;
  lookupBatch?: number;
  signal?: AbortSignal;
  onOutcome?: (index: number, outcome: Outcome) => void;
}

/** A refused create as row errors: the fields the API named (BAD_USER_INPUT), else its message. */
export function errorsOf(error: unknown): RowError[] {
  const fields = serverFieldErrors(error);
  if (fields) return Object.entries(fields).map(([field, message]) => ({ field, ...decodeMessage(message) }));
  return [{ key: errorMessage(error) }];
}

/**
 * Sends one create per input, a few at a time. Ids that exist already are asked about first and
 * not sent, because the API answers a repeated create from the same user with the stored record
 * (functions/modules/tracked.ts existingForRetry) and the answer alone cannot tell "made now" from
 * "made by the last run". Cancelling stops new creates; those in flight finish and are reported.
 */
export async function runImport<T extends { id: string }>(
  inputs: readonly T[],
  api: ImportApi<T>,
  { concurrency = 4, lookupBatch = 100, signal, onOutcome }: RunOptions = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = inputs.map(() => ({ status: 'skipped' }));
  const settle = (i: number, outcome: Outcome) => {
    outcomes[i] = outcome;
    onOutcome?.(i, outcome);
  };
  const found = new Set<string>();
  try {
    for (let i = 0; i < inputs.length && !signal?.aborted; i += lookupBatch) {
      for (const id of await api.existing(inputs.slice(i, i + lookupBatch).map((t) => t.id))) found.add(id);
    }
  } catch (e) {
    // Without the lookup "created" and "already existed" cannot be told apart: report, send nothing.
    const errors = errorsOf(e);
    inputs.forEach((_, i) => {
      settle(i, { status: 'failed', errors });
    });
    return outcomes;
  }
  let next = 0;
  const worker = async () => {
    while (next < inputs.length && !signal?.aborted) {
      const i = next++;
      const input = inputs[i]!;
      if (found.has(input.id)) {
        settle(i, { status: 'existing' });
        continue;
      }
      try {
        await api.create(input);
        settle(i, { status: 'created' });
      } catch (e) {
        settle(i, { status: 'failed', errors: errorsOf(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return outcomes;
}
