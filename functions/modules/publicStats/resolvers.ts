import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/publicStats/service'));

/** The public statistics (issue 12): the one query anonymous callers may make. */
export const publicStatsResolvers: Resolvers = {
  Query: {
    publicStatistics: async (_, args, ctx) => (await service()).publicStatistics(ctx, args),
  },
};
