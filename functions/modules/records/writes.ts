import type { RequestContext } from '#platform/context';
import { conflict, notFound, staleVersion } from '#platform/errors';
import { step, transact, type OnFail, type Step, type TxOp } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { splitChanges } from '#modules/records/changes';
import type { Tracked } from '#modules/records/tracked';

/**
 * The three ways a record is written, the same in every module: each is one transaction of the
 * record, the module's other items (checks, counters, aggregates) and the audit event.
 */

/** ElectroDB `where` for the optimistic lock. */
export const versionIs = (version: number) => (a: { version: unknown }, op: { eq: (attr: unknown, value: unknown) => string }) =>
  op.eq(a.version, version);

export interface CreateOnce<R extends Tracked> {
  /** Audit type and public id of the record. */
  type: string;
  id: string;
  /** The record as it will be stored (see `created` for its stamps). */
  record: R;
  /** `Entity.create(record).commit()`: fails when the key exists. */
  put: TxOp;
  /** Reads the stored record with the same key, when the put failed. */
  load: () => Promise<R | null>;
  /** The error when the key is taken by a record that is not this request's (default: CONFLICT). */
  taken?: (stored: R) => Error;
  steps?: Step[];
}

const RETRIED = Symbol('retried');

/**
 * Creates a record whose key the client may have chosen, so a retried request never duplicates it:
 * the same caller sending the same input again gets the stored record; the same key with other
 * data is a CONFLICT that says so, as payment APIs do with idempotency keys.
 */
export async function createOnce<R extends Tracked>(ctx: RequestContext, c: CreateOnce<R>): Promise<R> {
  let stored: R | null = null;
  const onTaken = async () => {
    stored = await c.load();
    if (!stored) return conflict('Someone else changed these records at the same moment; try again');
    const sameRequest = stored.createdBy === ctx.identity.username && stored.requestHash === c.record.requestHash;
    if (sameRequest) return Object.assign(new Error('retried'), { [RETRIED]: true });
    if (c.taken) return c.taken(stored);
    return stored.createdBy === ctx.identity.username
      ? conflict(`A record with id ${c.id} was already created with different data; use a new id to create another`, {
          reason: 'ID_REUSED',
        })
      : conflict(`The id ${c.id} is already used`, { reason: 'ID_TAKEN' });
  };
  try {
    await transact([step(c.put, onTaken), ...(c.steps ?? []), auditStep(ctx, 'CREATE', c.type, c.id, { after: 1 })]);
  } catch (e) {
    if ((e as { [RETRIED]?: boolean })[RETRIED]) return stored!;
    throw e;
  }
  return c.record;
}

export interface UpdateVersioned<R extends Tracked> {
  type: string;
  id: string;
  /** The record as read before the write (null: NOT_FOUND). */
  current: R | null | undefined;
  /** The version the caller read. */
  version: number;
  /** Partial update: absent keys stay, null clears. */
  changes: Record<string, unknown>;
  /** `Entity.patch(key).set(set).remove(remove).where(versionIs(version)).commit()`. */
  patch: (set: Record<string, unknown>, remove: string[]) => TxOp;
  /** When the patch's own condition fails (default: the version changed). */
  onPatchFail?: OnFail;
  /** Rules on the record as it will be (cross-field checks), before anything is written. */
  validate?: (merged: R) => void;
  /** Other items, knowing the record as it will be. */
  steps?: (merged: R) => Step[];
}

/** A versioned partial update: check the version, SET/REMOVE, bump the version, audit — in one transaction. */
export async function updateVersioned<R extends Tracked>(ctx: RequestContext, u: UpdateVersioned<R>): Promise<R> {
  if (!u.current) throw notFound(u.type, u.id);
  if (u.current.version !== u.version) throw staleVersion(u.current.version);
  const { set, remove } = splitChanges(u.changes);
  const next = { ...set, version: u.version + 1, updatedAt: ctx.now.toISOString() };
  const merged = { ...u.current, ...next } as R;
  for (const key of remove) delete (merged as Record<string, unknown>)[key];
  u.validate?.(merged);
  await transact([
    step(u.patch(next, remove), u.onPatchFail ?? (() => staleVersion())),
    ...(u.steps?.(merged) ?? []),
    auditStep(ctx, 'UPDATE', u.type, u.id, { before: u.version, after: u.version + 1 }),
  ]);
  return merged;
}

export interface DeleteVersioned<R extends Tracked> {
  type: string;
  id: string;
  current: R | null | undefined;
  version: number;
  /** `Entity.delete(key).where(versionIs(version)…).commit()`. */
  remove: TxOp;
  onRemoveFail?: OnFail;
  steps?: Step[];
}

/** A versioned delete with its other items and audit event, in one transaction. */
export async function deleteVersioned<R extends Tracked>(ctx: RequestContext, d: DeleteVersioned<R>): Promise<{ id: string }> {
  if (!d.current) throw notFound(d.type, d.id);
  if (d.current.version !== d.version) throw staleVersion(d.current.version);
  await transact([
    step(d.remove, d.onRemoveFail ?? (() => staleVersion())),
    ...(d.steps ?? []),
    auditStep(ctx, 'DELETE', d.type, d.id, { before: d.version }),
  ]);
  return { id: d.id };
}
