import type { Resolvers } from '#generated/resolvers';
import { toApiRole } from '@ruta/schema/roles';
import { lazy } from '#platform/lazy';

const service = lazy(() => import('#modules/audit/service'));

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: async (_, { entityType, entityId, first, after }, ctx) =>
      (await service()).listAuditEvents(ctx, entityType, entityId, first, after),
  },
  AuditEvent: {
    actorRole: (e) => toApiRole(e.actorRole),
  },
};
