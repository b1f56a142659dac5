import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/report/service'));

export const reportResolvers: Resolvers = {
  Query: {
    resultsReport: async (_, args, ctx) => (await service()).resultsReport(ctx, args),
  },
};
