import { problem } from '@ruta/schema/zod/common';
import type { RequestContext } from '#platform/context';
import { GraphQLError } from 'graphql';
import { badInput, notFound } from '#platform/errors';
import type { Step, TxOp } from '#platform/transact';
import { AuditEvent } from '#modules/audit/entity';
import { auditRecord } from '#modules/audit/service';
import { loadCaseItems, mayRead, readableCase, type ReadableCase } from '#modules/case/access';
import { Organization } from '#modules/organization/entity';
import type { Tracked } from '#modules/records/tracked';
import { createOnce } from '#modules/records/writes';
import {
  CaseService,
  Consent,
  Referral,
  RouteEvent,
  type CaseServiceRecord,
  type ConsentRecord,
  type ReferralRecord,
  type RouteEventRecord,
} from '#modules/caseRoute/entity';

/**
 * What every route write shares: the public ids of the items in a case's partition, the one read of
 * that partition, the case for a write (NOT_FOUND unless the caller may see it) and the checks of an
 * organization named in an input. The writes themselves are in `events.ts` (steps on the route),
 * `caseServices.ts` (services received), `consents.ts` (consents and referrals) and `timeLimits.ts`.
 */

export const TYPES = {
  event: 'RouteEvent',
  service: 'CaseService',
  consent: 'Consent',
  referral: 'Referral',
  limits: 'RouteTimeLimits',
} as const;

/** Public id of an item in a case's partition: `<caseId>~<localId>`. */
export const itemId = (r: { caseId: string; localId: string }) => `${r.caseId}~${r.localId}`;

export function parseItemId(type: string, id: string): { caseId: string; localId: string } {
  const parts = typeof id === 'string' ? id.split('~') : [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw notFound(type, String(id));
  return { caseId: parts[0], localId: parts[1] };
}

export const today = (ctx: RequestContext) => ctx.now.toISOString().slice(0, 10);
export const fail = (path: string, key: Parameters<typeof problem>[1], params?: Record<string, string | number>) =>
  badInput([problem(path, key, params)]);

// ─── Reading the case's partition ─────────────────────────────────────────────────────────────

export interface RouteItems {
  events: RouteEventRecord[];
  services: CaseServiceRecord[];
  consents: ConsentRecord[];
  referrals: ReferralRecord[];
}

/** This module's items among the raw items of the case's partition (one Query: `loadCaseItems`). */
export function routeItemsOf(raw: readonly Record<string, unknown>[]): RouteItems {
  const of = <T>(entity: { parse: (r: { Item: Record<string, unknown> }) => { data: unknown } }, name: string) =>
    raw.filter((i) => i.__edb_e__ === name).map((Item) => entity.parse({ Item }).data as T);
  return {
    events: of<RouteEventRecord>(RouteEvent, 'routeEvent').sort((a, b) => a.seq - b.seq),
    services: of<CaseServiceRecord>(CaseService, 'caseService').sort((a, b) => (a.startDate < b.startDate ? -1 : 1)),
    consents: of<ConsentRecord>(Consent, 'caseConsent').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    referrals: of<ReferralRecord>(Referral, 'caseReferral').sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1)),
  };
}

/**
 * The route items of a case the caller may read: the case's field resolvers (the case itself was
 * checked and its read audited by `case(id)`; this re-checks from the same cached Query, no request).
 */
export async function caseRouteItems(ctx: RequestContext, caseId: string): Promise<RouteItems> {
  const { raw } = await readableCase(ctx, caseId);
  return routeItemsOf(raw);
}

/** A route write under way: its operation, a detail of what it asked (a step), and the case once it has read it. */
export interface Attempt {
  operation: string;
  detail?: string;
  caseId?: string;
}

/** Refusals: the typed errors a write answers (never an internal error). */
const REFUSED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN']);

/** What was refused, in codes only: the problem keys (never a value the caller sent), or the error's code and reason. */
function refusalOf(e: GraphQLError): string {
  const ext = e.extensions as { code?: string; reason?: string; fields?: { key: string; path: string }[] };
  if (ext.fields?.length) return ext.fields.map((f) => `${f.path} ${f.key}`).join(', ');
  return [ext.code, ext.reason].filter(Boolean).join(' ');
}

/**
 * Runs a route write; when it is refused after it touched a case (the case exists, whether or not the
 * caller may see it), the attempt is audited on the case — WRITE_DENIED with who, their organization
 * and what was refused (`<operation> [<step>]: <path> <key>` or the error code), never a value of the
 * case or its person — and the refusal is answered as it was. Nothing else is written: the write's own
 * transaction never ran, or failed as a whole.
 */
export async function attempted<T>(ctx: RequestContext, operation: string, write: (attempt: Attempt) => Promise<T>): Promise<T> {
  const attempt: Attempt = { operation };
  try {
    return await write(attempt);
  } catch (e) {
    const code = e instanceof GraphQLError ? String(e.extensions.code ?? '') : '';
    if (attempt.caseId && REFUSED.has(code)) {
      const reason = `${operation}${attempt.detail ? ` ${attempt.detail}` : ''}: ${refusalOf(e as GraphQLError)}`;
      await AuditEvent.create({ ...auditRecord(ctx, 'WRITE_DENIED', 'Case', attempt.caseId, {}), reason }).go();
    }
    throw e;
  }
}

/**
 * The case for a write: NOT_FOUND unless the caller may see it (the same answer as for no case). From
 * the moment the case is known to exist, a refusal of the attempt is audited (`attempted`); a write
 * audits itself, so there is no read audit.
 */
export async function caseForWrite(ctx: RequestContext, caseId: string, attempt: Attempt): Promise<{ c: ReadableCase; items: RouteItems }> {
  const { case: found, raw } = await loadCaseItems(ctx, caseId);
  if (!found) throw notFound('Case', caseId);
  attempt.caseId = caseId;
  if (!mayRead(ctx, found)) throw notFound('Case', caseId);
  return { c: found, items: routeItemsOf(raw) };
}

/** The type each list of the route names in its ids and errors. */
const TYPE_OF_LIST = {
  events: TYPES.event,
  services: TYPES.service,
  consents: TYPES.consent,
  referrals: TYPES.referral,
} as const satisfies Record<keyof RouteItems, string>;

/**
 * What a write to an existing route item starts with: its key from the public id (NOT_FOUND when the
 * id is not one), the case for the write (`caseForWrite`: NOT_FOUND unless the caller may see it, from
 * then on a refusal is audited) and the item as stored — null when it is gone, which the versioned write
 * answers as NOT_FOUND (a stale `version` as CONFLICT) before it writes anything.
 */
export async function itemForWrite<L extends keyof RouteItems>(
  ctx: RequestContext,
  attempt: Attempt,
  list: L,
  id: string,
): Promise<{ key: { caseId: string; localId: string }; c: ReadableCase; items: RouteItems; current: RouteItems[L][number] | null }> {
  const key = parseItemId(TYPE_OF_LIST[list], id);
  const { c, items } = await caseForWrite(ctx, key.caseId, attempt);
  const current = (items[list] as RouteItems[L][number][]).find((i) => i.localId === key.localId) ?? null;
  return { key, c, items, current };
}

/** A route entity, as far as creating one of its items needs it. */
interface ItemEntity<R> {
  create: (record: R) => { commit: () => TxOp };
  get: (key: { caseId: string; localId: string }) => { go: () => Promise<{ data: unknown }> };
}

/**
 * Creates an item in the case's partition once (`createOnce`: a retried request gets the stored item,
 * the id under `<caseId>~<localId>`), with the write's other steps in the same transaction.
 */
export function createItemOnce<R extends Tracked & { caseId: string; localId: string }>(
  ctx: RequestContext,
  type: string,
  entity: ItemEntity<R>,
  record: R,
  steps: Step[] = [],
): Promise<R> {
  return createOnce(ctx, {
    type,
    id: itemId(record),
    record,
    put: entity.create(record).commit(),
    load: async () => (await entity.get({ caseId: record.caseId, localId: record.localId }).go()).data as R | null,
    steps,
  });
}

export async function organizationKind(id: string, path: string): Promise<string> {
  const { data } = await Organization.get({ id }).go();
  if (!data) throw fail(path, 'validation.unknown_party');
  return data.kind;
}
