import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';
import { effectiveStatus, isoDay } from '#modules/partnerAgreement/status';

const service = lazy(() => import('#modules/partnerAgreement/service'));
const organizations = lazy(() => import('#modules/organization/service'));

export const partnerAgreementResolvers: Resolvers = {
  Query: {
    partnerAgreement: async (_, { id }, ctx) => (await service()).getAgreement(ctx, id),
    partnerAgreements: async (_, { filter, sort, first, after }, ctx) => (await service()).listAgreements(ctx, filter, sort, first, after),
  },
  Mutation: {
    createPartnerAgreement: async (_, { input }, ctx) => (await service()).createAgreement(ctx, input),
    updatePartnerAgreement: async (_, { input }, ctx) => (await service()).updateAgreement(ctx, input),
    deletePartnerAgreement: async (_, { id, version }, ctx) => (await service()).deleteAgreement(ctx, id, version),
  },
  PartnerAgreement: {
    status: (a, _, ctx) => effectiveStatus(a, isoDay(ctx.now)),
    parties: async (a, _, ctx) => (await organizations()).organizationsByIds(ctx, a.partyIds),
    objectiveCodes: (a) => a.objectiveCodes ?? [],
  },
};
