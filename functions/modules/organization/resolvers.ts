import type { Resolvers } from '#generated/resolvers';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/organization/service'));

export const organizationResolvers: Resolvers = {
  Query: {
    organization: async (_, { id }, ctx) => (await service()).getOrganization(ctx, id),
    organizations: async (_, { filter, sort, first, after }, ctx) => (await service()).listOrganizations(ctx, filter, sort, first, after),
    organizationsByIds: async (_, { ids }, ctx) => (await service()).organizationsByIds(ctx, ids),
    organizationsNamed: async (_, { names }, ctx) => (await service()).organizationsNamed(ctx, names),
  },
  Mutation: {
    createOrganization: async (_, { input }, ctx) => (await service()).createOrganization(ctx, input),
    updateOrganization: async (_, { input }, ctx) => (await service()).updateOrganization(ctx, input),
    deleteOrganization: async (_, { id, version }, ctx) => (await service()).deleteOrganization(ctx, id, version),
  },
};
