import type { Resolvers } from '#generated/resolvers';
import { organizationLoader } from '#modules/organization/service';
import { createUser, getUser, listUsers, resetUserPassword, setUserDisabled, updateUser } from '#modules/user/admin';

export const viewerResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.identity,
    users: (_, { first, after }) => listUsers(first, after),
    user: (_, { username }) => getUser(username),
  },
  Mutation: {
    _noop: () => null,
    createUser: (_, { input }, ctx) => createUser(ctx, input),
    updateUser: (_, { input }, ctx) => updateUser(ctx, input),
    setUserDisabled: (_, { username, disabled }, ctx) => setUserDisabled(ctx, username, disabled),
    resetUserPassword: (_, { username }, ctx) => resetUserPassword(ctx, username),
  },
  User: {
    role: (u) => u.role.toUpperCase() as never,
  },
  Viewer: {
    role: (v) => v.role.toUpperCase() as never,
    organization: (v, _, ctx) => (v.organizationId ? organizationLoader(ctx).load(v.organizationId) : null),
  },
};
