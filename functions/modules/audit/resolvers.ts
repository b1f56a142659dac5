import type { Resolvers } from '#generated/resolvers';
import { pageSize } from '#platform/paging';
import { listAuditEvents } from '#modules/audit/service';

export const auditResolvers: Resolvers = {
  Query: {
    auditEvents: (_, { entityType, entityId, first, after }) =>
      listAuditEvents(entityType, entityId, pageSize(first), after),
  },
  AuditEvent: {
    actorRole: (e) => e.actorRole.toUpperCase() as never,
  },
};
