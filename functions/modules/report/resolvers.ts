import type { Resolvers } from '#generated/resolvers';
import { resultsReport } from '#modules/report/service';

export const reportResolvers: Resolvers = {
  Query: {
    resultsReport: (_, args, ctx) => resultsReport(ctx, args),
  },
};
