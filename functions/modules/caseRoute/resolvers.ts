import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/caseRoute/service'));

const idOf = (r: { caseId: string; localId: string }) => `${r.caseId}~${r.localId}`;
const caseIdOf = (c: unknown) => (c as { caseId: string }).caseId;

export const caseRouteResolvers: Resolvers = {
  Query: {
    victimProfileTotals: async (_, { programId }, ctx) => (await service()).victimProfileTotals(ctx, programId),
    routeTimeLimits: async (_, { programId }, ctx) => (await service()).getRouteTimeLimits(ctx, programId),
    referralOverrides: async (_, { first, after }, ctx) => (await service()).listReferralOverrides(ctx, first, after),
  },
  Mutation: {
    recordRouteEvent: async (_, { input }, ctx) => (await service()).recordRouteEvent(ctx, input),
    deleteRouteEvent: async (_, { id, version }, ctx) => (await service()).deleteRouteEvent(ctx, id, version),
    createCaseService: async (_, { input }, ctx) => (await service()).createCaseService(ctx, input),
    updateCaseService: async (_, { input }, ctx) => (await service()).updateCaseService(ctx, input),
    deleteCaseService: async (_, { id, version }, ctx) => (await service()).deleteCaseService(ctx, id, version),
    recordConsent: async (_, { input }, ctx) => (await service()).recordConsent(ctx, input),
    withdrawConsent: async (_, args, ctx) => (await service()).withdrawConsent(ctx, args),
    referCase: async (_, { input }, ctx) => (await service()).referCase(ctx, input),
    endReferral: async (_, args, ctx) => (await service()).endReferral(ctx, args),
    setRouteTimeLimits: async (_, { programId, limits }, ctx) => (await service()).setRouteTimeLimits(ctx, programId, limits),
  },
  // The case's partition is one Query per request (loadCaseItems, cached): these four fields cost nothing more.
  Case: {
    routeEvents: async (c, _, ctx) => (await (await service()).caseRouteItems(ctx, caseIdOf(c))).events,
    services: async (c, _, ctx) => (await (await service()).caseRouteItems(ctx, caseIdOf(c))).services,
    consents: async (c, _, ctx) => (await (await service()).caseRouteItems(ctx, caseIdOf(c))).consents,
    referrals: async (c, _, ctx) => (await (await service()).caseRouteItems(ctx, caseIdOf(c))).referrals,
  },
  RouteEvent: { id: idOf, form: (e) => e.form ?? {} },
  CaseService: { id: idOf },
  Consent: {
    id: idOf,
    recordedBy: (c) => c.createdBy,
    organizationId: (c) => c.organizationId ?? null,
  },
  Referral: { id: idOf },
};
