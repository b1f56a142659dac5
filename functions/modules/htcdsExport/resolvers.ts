import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/htcdsExport/service'));

export const htcdsExportResolvers: Resolvers = {
  Mutation: {
    exportHtcds: async (_, { programId }, ctx) => (await service()).exportHtcds(ctx, programId),
  },
};
