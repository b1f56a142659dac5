import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/dashboard/service'));
const quarter = lazy(() => import('#modules/dashboard/partnerQuarter'));

/** The program team's dashboard tiles that have no query of their own elsewhere (see service.ts). */
export const dashboardResolvers: Resolvers = {
  Query: {
    agreementStatusCounts: async (_, args, ctx) => (await service()).agreementStatusCounts(ctx, args),
    recentChanges: async (_, { first, after }, ctx) => (await service()).recentChanges(ctx, first, after),
    partnerQuarter: async (_, args, ctx) => (await quarter()).partnerQuarter(ctx, args),
  },
};
