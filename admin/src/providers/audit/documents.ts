import { graphql } from '../../graphql/generated/gql.ts';

/** One record's audit trail (schema/graphql/common.graphql `auditEvents`), newest first, a page at a time. */
export const auditEventsQuery = graphql(`
  query auditEvents($entityType: String!, $entityId: ID!, $first: Int, $after: String) {
    auditEvents(entityType: $entityType, entityId: $entityId, first: $first, after: $after) {
      nodes { id at actor actorRole actorOrganizationId action entityType entityId versionBefore versionAfter }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
