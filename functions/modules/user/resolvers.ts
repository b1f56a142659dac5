import type { Resolvers } from '#generated/resolvers';
import { organizationLoader } from '#modules/organization/service';

export const viewerResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.identity,
  },
  Mutation: {
    _noop: () => null,
  },
  Viewer: {
    role: (v) => v.role.toUpperCase() as never,
    organization: (v, _, ctx) => (v.organizationId ? organizationLoader(ctx).load(v.organizationId) : null),
  },
};
