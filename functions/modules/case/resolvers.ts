import type { MeansOfControl, Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/case/service'));
const organizations = lazy(() => import('#modules/organization/service'));
const requests = lazy(() => import('#modules/case/referralRequest'));

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Whole days from one ISO date to another (never negative). */
const daysBetween = (since: string, today: string) =>
  Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000));

export const caseResolvers: Resolvers = {
  Query: {
    case: async (_, { id, purpose }, ctx) => (await service()).getCase(ctx, id, purpose),
    cases: async (_, { filter, sort, first, after }, ctx) => (await service()).listCases(ctx, filter, sort, first, after),
    possibleDuplicateCases: async (_, { identity }, ctx) => (await service()).possibleDuplicateCases(ctx, identity),
    caseReferralRequests: async (_, { first, after }, ctx) => (await requests()).listCaseReferralRequests(ctx, first, after),
    caseReadEvents: async (_, { month, first, after }, ctx) => (await service()).listCaseReadEvents(ctx, month, first, after),
  },
  Mutation: {
    createCase: async (_, { input }, ctx) => (await service()).createCase(ctx, input),
    updateCase: async (_, { input }, ctx) => (await service()).updateCase(ctx, input),
    updateCaseIdentity: async (_, { input }, ctx) => (await service()).updateCaseIdentity(ctx, input),
    requestCaseReferral: async (_, { caseId, identity, note }, ctx) => (await requests()).requestCaseReferral(ctx, caseId, identity, note),
    closeCaseReferralRequest: async (_, { caseId, organizationId }, ctx) =>
      (await requests()).closeCaseReferralRequest(ctx, caseId, organizationId),
    revealCaseIdentity: async (_, { caseId, reason }, ctx) => (await service()).revealCaseIdentity(ctx, caseId, reason),
    anonymiseCase: async (_, { caseId, reason }, ctx) => (await service()).anonymiseCase(ctx, caseId, reason),
  },
  Case: {
    id: (c) => c.caseId,
    ownerOrganization: async (c, _, ctx) => (await organizations()).organizationLoader(ctx).load(c.ownerOrganizationId),
    meansOfControl: (c) => (c.meansOfControl ?? []) as MeansOfControl[],
    transitPlaces: (c) => (c.transitPlaces as never[] | undefined) ?? [],
    daysInStage: (c, _, ctx) => daysBetween(c.stageSince, isoDay(ctx.now)),
    overdue: (c, _, ctx) => !!c.stageDueOn && c.stageDueOn < isoDay(ctx.now) && c.stage !== 'CLOSED',
    anonymised: (c) => !!c.anonymised,
    // Stored on the case since it was registered; a case from before that loads its owner (one BatchGet).
    ownerOrganizationName: async (c, _, ctx) =>
      c.ownerOrganizationName ?? (await (await organizations()).organizationLoader(ctx).load(c.ownerOrganizationId))?.name ?? null,
    referralRequests: async (c, _, ctx) => (await requests()).referralRequestsOf(ctx, c as never),
  },
};
