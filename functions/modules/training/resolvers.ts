import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';
import { trainingOrganizations } from '#modules/training/owners';

const service = lazy(() => import('#modules/training/service'));
const organizations = lazy(() => import('#modules/organization/service'));

export const trainingResolvers: Resolvers = {
  Query: {
    training: async (_, { id }, ctx) => (await service()).getTraining(ctx, id),
    trainings: async (_, { filter, sort, first, after }, ctx) => (await service()).listTrainings(ctx, filter, sort, first, after),
    trainingTotals: async (_, { programId }, ctx) => (await service()).trainingTotals(ctx, programId),
  },
  Mutation: {
    createTraining: async (_, { input }, ctx) => (await service()).createTraining(ctx, input),
    updateTraining: async (_, { input }, ctx) => (await service()).updateTraining(ctx, input),
    deleteTraining: async (_, { id, version }, ctx) => (await service()).deleteTraining(ctx, id, version),
  },
  Training: {
    topics: (t) => t.topics ?? [],
    // Loads the participating organizations in the same batch as the organizers, so a page's lines
    // resolve from the request's DataLoader: one BatchGetItem for the whole page.
    organizers: async (t, _, ctx) => {
      const found = await (await organizations()).organizationsByIds(ctx, trainingOrganizations(t));
      return t.organizerIds.flatMap((id) => found.filter((o) => o.id === id));
    },
    roster: async (t, _, ctx) => (await service()).trainingRoster(ctx, t),
  },
  AudienceLine: {
    organization: async (l, _, ctx) =>
      l.organizationId ? ((await (await organizations()).organizationsByIds(ctx, [l.organizationId]))[0] ?? null) : null,
  },
};
