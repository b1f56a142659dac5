import { problem } from '@ruta/schema/zod/common';
import type { RequestContext } from '#platform/context';
import { badInput, notFound } from '#platform/errors';
import { readableCase, type ReadableCase } from '#modules/case/access';
import { Organization } from '#modules/organization/entity';
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

/** The case for a write: NOT_FOUND unless the caller may see it (a write audits itself, so no read audit). */
export async function caseForWrite(ctx: RequestContext, caseId: string): Promise<{ c: ReadableCase; items: RouteItems }> {
  const { case: c, raw } = await readableCase(ctx, caseId);
  return { c, items: routeItemsOf(raw) };
}

export async function organizationKind(id: string, path: string): Promise<string> {
  const { data } = await Organization.get({ id }).go();
  if (!data) throw fail(path, 'validation.unknown_party');
  return data.kind;
}
