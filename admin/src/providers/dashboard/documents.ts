import { graphql } from '../../graphql/generated/gql.ts';

/**
 * The program team's dashboard tiles (admin/src/dashboard): each one query. Spent vs planned uses the
 * report's own query (providers/report).
 */
export const agreementStatusCountsQuery = graphql(`
  query agreementStatusCounts($programId: ID!) { agreementStatusCounts(programId: $programId) { status count } }
`);

/** Agreements of a program ending between two dates, soonest first (the program copies' end-date index). */
export const expiringAgreementsQuery = graphql(`
  query expiringAgreements($programId: ID!, $from: Date!, $to: Date!, $first: Int) {
    partnerAgreements(
      filter: { programId: $programId, status: ACTIVE, endFrom: $from, endTo: $to }
      sort: { field: END_DATE, order: ASC }
      first: $first
    ) {
      nodes { id title kind endDate }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const recentChangesQuery = graphql(`
  query recentChanges($first: Int, $after: String) {
    recentChanges(first: $first, after: $after) {
      nodes { id at actor actorRole action entityType entityId versionBefore versionAfter }
      pageInfo { hasNextPage endCursor }
    }
  }
`);
