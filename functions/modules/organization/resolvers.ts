import type { Resolvers } from '#generated/resolvers';
import {
  createOrganization, deleteOrganization, getOrganization, listOrganizations, organizationsByIds,
  updateOrganization,
} from '#modules/organization/service';

export const organizationResolvers: Resolvers = {
  Query: {
    organization: (_, { id }, ctx) => getOrganization(ctx, id),
    organizations: (_, { filter, sort, first, after }) => listOrganizations(filter, sort, first, after),
    organizationsByIds: (_, { ids }, ctx) => organizationsByIds(ctx, ids),
  },
  Mutation: {
    createOrganization: (_, { input }, ctx) => createOrganization(ctx, input),
    updateOrganization: (_, { input }, ctx) => updateOrganization(ctx, input),
    deleteOrganization: (_, { id, version }, ctx) => deleteOrganization(ctx, id, version),
  },
};

/** Under the 'own' scope an organization belongs to itself. */
export const organizationOwners = (o: unknown) => [(o as { id: string }).id];
