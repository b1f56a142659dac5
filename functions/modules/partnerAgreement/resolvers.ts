import type { Resolvers } from '#generated/resolvers';
import { organizationLoader } from '#modules/organization/service';
import {
  createAgreement, deleteAgreement, getAgreement, listAgreements, updateAgreement,
} from '#modules/partnerAgreement/service';
import { effectiveStatus, isoDay } from '#modules/partnerAgreement/status';

export const partnerAgreementResolvers: Resolvers = {
  Query: {
    partnerAgreement: (_, { id }, ctx) => getAgreement(ctx, id),
    partnerAgreements: (_, { filter, sort, first, after }, ctx) => listAgreements(ctx, filter, sort, first, after),
  },
  Mutation: {
    createPartnerAgreement: (_, { input }, ctx) => createAgreement(ctx, input),
    updatePartnerAgreement: (_, { input }, ctx) => updateAgreement(ctx, input),
    deletePartnerAgreement: (_, { id, version }, ctx) => deleteAgreement(ctx, id, version),
  },
  PartnerAgreement: {
    status: (a, _, ctx) => effectiveStatus(a, isoDay(ctx.now)),
    parties: async (a, _, ctx) => {
      const orgs = await organizationLoader(ctx).loadMany(a.partyIds);
      return orgs.filter((o) => o !== null && !(o instanceof Error)) as never;
    },
    objectiveCodes: (a) => a.objectiveCodes ?? [],
  },
};
