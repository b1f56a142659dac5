import { errorMessage, serverFieldErrors } from '../serverFieldErrors.ts';
import { decodeMessage } from '../validationMessage.ts';
import type { BatchResult, RowError } from './mapRows.ts';

export type Outcome =
  | { status: 'created' }
  /**
   * The record was there before this run — the same id (an earlier import of the same row, an
   * exported file) or the same name — and was left as it is.
   */
  | { status: 'existing' }
  /** The record was there before this run and the user chose to update it with the row's values. */
  | { status: 'updated' }
  | { status: 'failed'; errors: RowError[] }
  /** Not sent: the user cancelled first. */
  | { status: 'skipped' };

/** A stored record a row stands for (same id, or same name): what an update starts from. */
export interface Existing {
  id: string;
  version?: number;
  [field: string]: unknown;
}

/** What to do with rows whose record exists: never create a second one either way. */
export type OnExisting = 'skip' | 'update';

export interface ImportApi<T> {
  /** For each input (at most `lookupBatch` per call), the record it stands for, or null. */
  existing(inputs: T[]): Promise<(Existing | null)[]>;
  create(input: T): Promise<unknown>;
  /** Writes the row's values onto the existing record (`onExisting: 'update'`); 'unchanged' when they are its values already. */
  update?(existing: Existing, input: T): Promise<unknown>;
}

export interface RunOptions {
  /** Creates in flight at once: quick for a few hundred rows, gentle on the API's rate limits. */
  concurrency?: number;
  lookupBatch?: number;
  onExisting?: OnExisting;
  signal?: AbortSignal;
  onOutcome?: (index: number, outcome: Outcome) => void;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * What a row changes on the record it stands for: its non-empty values that differ, except the id
 * and the fields in `keep` (the name it was matched by, which may be spelled otherwise in the file).
 */
export function changesFrom(existing: Existing, input: Record<string, unknown>, keep: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(input).filter(([k, v]) => k !== 'id' && !keep.includes(k) && v != null && v !== '' && !same(v, existing[k])),
  );
}

/** A refused create as row errors: the fields the API named (BAD_USER_INPUT), else its message. */
export function errorsOf(error: unknown): RowError[] {
  const fields = serverFieldErrors(error);
  if (fields) return Object.entries(fields).map(([field, message]) => ({ field, ...decodeMessage(message) }));
  return [{ key: errorMessage(error) }];
}

/**
 * Sends one create per input, a few at a time. Records that exist already (the same id, or the same
 * name) are asked about first and never created again: the API answers a repeated create from the
 * same user with the stored record (functions/modules/records/writes.ts createOnce), so the answer
 * alone cannot tell "made now" from "made by the last run", and it refuses a second organization of
 * the same name. They are left as they are, or — `onExisting: 'update'` — updated with the row's
 * values. Cancelling stops new writes; those in flight finish and are reported.
 */
export async function runImport<T extends { id: string }>(
  inputs: readonly T[],
  api: ImportApi<T>,
  { concurrency = 4, lookupBatch = 100, onExisting = 'skip', signal, onOutcome }: RunOptions = {},
): Promise<Outcome[]> {
  const outcomes: Outcome[] = inputs.map(() => ({ status: 'skipped' }));
  const settle = (i: number, outcome: Outcome) => {
    outcomes[i] = outcome;
    onOutcome?.(i, outcome);
  };
  const found: (Existing | null)[] = [];
  try {
    for (let i = 0; i < inputs.length && !signal?.aborted; i += lookupBatch) {
      found.push(...(await api.existing(inputs.slice(i, i + lookupBatch))));
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
      const existing = found[i];
      if (existing && (onExisting === 'skip' || !api.update)) {
        settle(i, { status: 'existing' });
        continue;
      }
      try {
        if (existing) {
          const result = await api.update!(existing, input);
          settle(i, { status: result === 'unchanged' ? 'existing' : 'updated' });
        } else {
          await api.create(input);
          settle(i, { status: 'created' });
        }
      } catch (e) {
        settle(i, { status: 'failed', errors: errorsOf(e) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return outcomes;
}

/**
 * Sends the rows to a batch mutation in calls of `size`, one after the other (`spec.batch`), and
 * reports every row from the server's answer: written, already imported (an earlier upload), or
 * failed with its field and reason. Stopping ends before the next call; rows not sent are "skipped".
 * A call that fails as a whole (network, server) fails its rows with the error and the import stops.
 */
export async function runBatches<T>(
  rows: readonly { row: number; input: T }[],
  send: (rows: { row: number; input: T }[]) => Promise<BatchResult>,
  { size, signal, onOutcome }: { size: number; signal?: AbortSignal; onOutcome?: (index: number, outcome: Outcome) => void },
): Promise<Outcome[]> {
  const outcomes: Outcome[] = rows.map(() => ({ status: 'skipped' }));
  const settle = (i: number, outcome: Outcome) => {
    outcomes[i] = outcome;
    onOutcome?.(i, outcome);
  };
  for (let start = 0; start < rows.length && !signal?.aborted; start += size) {
    const chunk = rows.slice(start, start + size);
    let result: BatchResult;
    try {
      result = await send(chunk);
    } catch (e) {
      const errors = errorsOf(e);
      chunk.forEach((_, k) => {
        settle(start + k, { status: 'failed', errors });
      });
      break;
    }
    const existing = new Set(result.alreadyImportedRows);
    const failed = new Map<number, RowError[]>();
    for (const f of result.failed) {
      const list = failed.get(f.row) ?? [];
      const args = f.params?.length ? { args: Object.fromEntries(f.params.map((p) => [p.name, p.value])) } : {};
      list.push({ ...(f.field ? { field: f.field } : {}), key: f.key, ...args });
      failed.set(f.row, list);
    }
    chunk.forEach((r, k) => {
      const errors = failed.get(r.row);
      settle(start + k, errors ? { status: 'failed', errors } : existing.has(r.row) ? { status: 'existing' } : { status: 'created' });
    });
  }
  return outcomes;
}
