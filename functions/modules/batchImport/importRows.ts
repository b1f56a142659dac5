import { GraphQLError } from 'graphql';
import type * as z from 'zod';
import { fieldProblems, problem, type ValidationKey } from '@ruta/schema/problems';
import { MAX_IMPORT_ROWS } from '@ruta/schema/limits';
import type { RequestContext } from '#platform/context';
import { badInput } from '#platform/errors';
import { MAX_TRANSACTION_ITEMS, step, transact, type Step, type TxOp } from '#platform/transact';
import { statSteps, type Contribution } from '#modules/aggregates/deltas';
import { auditStep } from '#modules/audit/service';
import { requestHash, type Tracked } from '#modules/records/tracked';

/** A row that was not written, and why: `field` is the row's field (`place.cantonCode`), null for the row as a whole. */
export interface RowError {
  row: number;
  field: string | null;
  key: ValidationKey;
  message: string;
  /** The values the key's message names (`%{row}`), so a client translating the key shows the whole message. */
  params: { name: string; value: string }[];
}

/** A problem's params as the API's list of name and value. */
const paramsOf = (params?: Record<string, string | number>) =>
  Object.entries(params ?? {}).map(([name, value]) => ({ name, value: String(value) }));

export interface ImportResult {
  written: number;
  alreadyImported: number;
  /** The rows (as numbered in the call) that were already imported. */
  alreadyImportedRows: number[];
  failed: RowError[];
}

/**
 * What a record type tells the batch import. The machinery — validation, ids, idempotency, chunking,
 * folded aggregates, the retry of a failed chunk row by row, the report — is the same for every type
 * (scholarships now, partner activity records next).
 */
export interface ImportSpec<Row extends { row: number }, R extends Tracked> {
  /** Audit type of the records. */
  type: string;
  /** The shared zod schema of one row (the console validates with the same one). */
  schema: z.ZodType<Row>;
  /** The record's id, derived from the row's natural key: the same row always names the same record. */
  idOf: (row: Row) => string;
  /** The record to store (without its tracked stamps, which the import adds). */
  recordOf: (row: Row, id: string) => Omit<R, keyof Tracked>;
  /** `Entity.create(record).commit()`: a put that fails when the key exists. */
  put: (record: R) => TxOp;
  /** Checks and other items of one record's create, with field paths relative to the row (`sponsorId`). */
  steps: (record: R) => Step[];
  /** What the record adds to the report aggregates; folded once per chunk. */
  contributions: (record: R) => Contribution[];
  /** Reads the stored records with these ids (BatchGetItem). */
  load: (ids: string[]) => Promise<R[]>;
}

const EXISTS = Symbol('exists');
const existsError = () => Object.assign(new Error('exists'), { [EXISTS]: true });

interface Pending<R> {
  row: number;
  record: R;
  /** Every item of this row except the aggregates (put, checks, audit), built once (the audit id is random). */
  own: Step[];
  contributions: Contribution[];
}

/** The DynamoDB item a transaction step touches (as transact's folding sees it). */
function itemKey(op: TxOp): string {
  const [kind, params] = Object.entries(op)[0] as [string, { Key?: Record<string, unknown>; Item?: Record<string, unknown> }];
  const source = kind === 'Put' ? params.Item : params.Key;
  return JSON.stringify([source?.pk, source?.sk]);
}
const statKey = (c: Contribution) => `stat|${c.programId}|${c.month}|${c.bucket}`;

const fail = (row: number, field: string | null, key: ValidationKey, params?: Record<string, string | number>): RowError => {
  const p = problem(field ?? 'row', key, params);
  return { row, field, key, message: p.message, params: paramsOf(params) };
};

/** A write error turned into a row error: its first field problem, paths relative to the row. */
function rowErrorOf(row: number, e: unknown): RowError {
  if (!(e instanceof GraphQLError)) throw e;
  const fields = (e.extensions?.fields ?? []) as {
    path: string;
    key: ValidationKey;
    message: string;
    params?: Record<string, string | number>;
  }[];
  const f = fields[0];
  if (f) return { row, field: f.path.replace(/^(input|row)\./, '') || null, key: f.key, message: f.message, params: paramsOf(f.params) };
  return { row, field: null, key: 'validation.invalid', message: e.message, params: [] };
}

/**
 * Imports up to MAX_IMPORT_ROWS rows: each validated with the shared schema (invalid rows are reported,
 * never written); rows whose record already exists with the same content are counted as already
 * imported, with other content reported as conflicts; a row repeating an earlier one of the call is
 * reported. The rest are written in TransactWriteItems of at most 100 items — each record with its
 * checks and audit event, the chunk's aggregate deltas folded into one update per aggregate item — so a
 * chunk lands whole or not at all. A chunk that fails (a row's organization unknown, a row written
 * meanwhile by another upload) is retried row by row: every valid row lands, the failing one is
 * reported with its field and reason.
 */
export async function importRows<Row extends { row: number }, R extends Tracked>(
  ctx: RequestContext,
  spec: ImportSpec<Row, R>,
  rows: readonly unknown[],
): Promise<ImportResult> {
  if (rows.length > MAX_IMPORT_ROWS) {
    throw badInput(
      [problem('rows', 'validation.too_many_rows', { count: rows.length, max: MAX_IMPORT_ROWS })],
      `At most ${MAX_IMPORT_ROWS} rows a call (${rows.length} given)`,
    );
  }
  const failed: RowError[] = [];
  const parsed: { row: number; value: Row; id: string; hash: string }[] = [];
  const firstRowOf = new Map<string, number>();
  rows.forEach((raw, index) => {
    const fallbackRow = index + 1;
    const result = spec.schema.safeParse(raw);
    if (!result.success) {
      const rowNumber = typeof (raw as { row?: unknown })?.row === 'number' ? (raw as { row: number }).row : fallbackRow;
      for (const p of fieldProblems(result.error))
        failed.push({ row: rowNumber, field: p.path || null, key: p.key, message: p.message, params: paramsOf(p.params) });
      return;
    }
    const value = result.data;
    const id = spec.idOf(value);
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      failed.push(fail(value.row, null, 'validation.duplicate_row', { row: first }));
      return;
    }
    firstRowOf.set(id, value.row);
    const { row: _row, ...content } = value;
    parsed.push({ row: value.row, value, id, hash: requestHash(content) });
  });

  // Rows already stored: the same content is "already imported", other content a conflict.
  const stored = new Map((await spec.load(parsed.map((p) => p.id))).map((r) => [(r as unknown as { id: string }).id, r]));
  const alreadyImportedRows: number[] = [];
  const pending: Pending<R>[] = [];
  const now = ctx.now.toISOString();
  for (const p of parsed) {
    const existing = stored.get(p.id);
    if (existing) {
      if (existing.requestHash === p.hash) alreadyImportedRows.push(p.row);
      else failed.push(fail(p.row, null, 'validation.row_conflict'));
      continue;
    }
    const record = {
      ...spec.recordOf(p.value, p.id),
      version: 1,
      createdAt: now,
      updatedAt: now,
      createdBy: ctx.identity.username,
      requestHash: p.hash,
    } as R;
    pending.push({
      row: p.row,
      record,
      own: [step(spec.put(record), existsError), ...spec.steps(record), auditStep(ctx, 'CREATE', spec.type, p.id, { after: 1 })],
      contributions: spec.contributions(record),
    });
  }

  let written = 0;
  const stepsOf = (chunk: readonly Pending<R>[]) => [
    ...chunk.flatMap((p) => p.own),
    ...statSteps(
      [],
      chunk.flatMap((p) => p.contributions),
    ),
  ];

  const isExists = (e: unknown) => !!(e as { [EXISTS]?: boolean } | null)?.[EXISTS];

  /** Why a row alone was not written: written meanwhile (same content or not), or its field's problem. */
  const settle = async (p: Pending<R>, e: unknown) => {
    if (!isExists(e)) {
      failed.push(rowErrorOf(p.row, e));
      return;
    }
    const [now] = await spec.load([(p.record as unknown as { id: string }).id]);
    if (now?.requestHash === p.record.requestHash) alreadyImportedRows.push(p.row);
    else failed.push(fail(p.row, null, 'validation.row_conflict'));
  };

  const writeOne = async (p: Pending<R>) => {
    try {
      await transact(stepsOf([p]));
      written++;
    } catch (e) {
      await settle(p, e);
    }
  };

  const flush = async (chunk: Pending<R>[]) => {
    if (!chunk.length) return;
    try {
      await transact(stepsOf(chunk));
      written += chunk.length;
    } catch (e) {
      // Anything but a refused condition (DynamoDB unreachable, a bug) ends the call: the client retries it.
      if (!(e instanceof GraphQLError) && !isExists(e)) throw e;
      if (chunk.length === 1) return settle(chunk[0]!, e);
      // All or nothing: none of the chunk was written. Row by row, so every valid row lands.
      for (const p of chunk) await writeOne(p);
    }
  };

  // Chunks of at most 100 items, counted as they grow: each row's own items (repeated condition checks
  // on one organization or objective count once, as transact folds them) and one item per aggregate.
  let chunk: Pending<R>[] = [];
  let items = new Set<string>();
  for (const p of pending) {
    const added = [...p.own.map((s) => itemKey(s.op)), ...p.contributions.map(statKey)].filter((k) => !items.has(k));
    if (chunk.length && items.size + new Set(added).size > MAX_TRANSACTION_ITEMS) {
      await flush(chunk);
      chunk = [];
      items = new Set();
      for (const k of [...p.own.map((s) => itemKey(s.op)), ...p.contributions.map(statKey)]) items.add(k);
    } else for (const k of added) items.add(k);
    chunk.push(p);
  }
  await flush(chunk);
  failed.sort((a, b) => a.row - b.row);
  alreadyImportedRows.sort((a, b) => a - b);
  return { written, alreadyImported: alreadyImportedRows.length, alreadyImportedRows, failed };
}
