import type { Resolvers } from '#generated/resolvers';
import { toApiRole } from '@ruta/schema/roles';
import { signedInRole } from '#platform/auth';
import { lazy } from '#platform/lazy';

const admin = lazy(() => import('#modules/user/admin'));
const organizations = lazy(() => import('#modules/organization/service'));

export const viewerResolvers: Resolvers = {
  Query: {
    // Read from the verified token: no DynamoDB, and no domain code loaded.
    me: (_, __, ctx) => ctx.identity,
    users: async (_, { first, after }, ctx) => (await admin()).listUsers(ctx, first, after),
    user: async (_, { username }) => (await admin()).getUser(username),
  },
  Mutation: {
    _noop: () => null,
    createUser: async (_, { input }, ctx) => (await admin()).createUser(ctx, input),
    updateUser: async (_, { input }, ctx) => (await admin()).updateUser(ctx, input),
    setUserDisabled: async (_, { username, disabled }, ctx) => (await admin()).setUserDisabled(ctx, username, disabled),
    resetUserPassword: async (_, { username }, ctx) => (await admin()).resetUserPassword(ctx, username),
  },
  User: {
    role: (u) => toApiRole(u.role),
  },
  Viewer: {
    role: (v) => toApiRole(signedInRole(v)),
    organization: async (v, _, ctx) => (v.organizationId ? (await organizations()).organizationLoader(ctx).load(v.organizationId) : null),
  },
};
