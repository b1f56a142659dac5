import { runQuery } from '../graphql/request.ts';
import type { AgreementStatusCountsQuery, RecentChangesQuery } from '../../graphql/generated/graphql.ts';
import { agreementStatusCountsQuery, expiringAgreementsQuery, recentChangesQuery } from './documents.ts';

export type StatusCount = AgreementStatusCountsQuery['agreementStatusCounts'][number];
export type RecentChange = RecentChangesQuery['recentChanges']['nodes'][number];

/** The dashboard tiles' custom data-provider methods (call them through `useRutaDataProvider()`). */
export const dashboardMethods = {
  agreementStatusCounts: async (programId: string): Promise<{ data: StatusCount[] }> => ({
    data: (await runQuery(agreementStatusCountsQuery, { programId })).agreementStatusCounts,
  }),
  /** Active agreements of the program whose end date falls in [from, to], soonest first. */
  expiringAgreements: async (programId: string, from: string, to: string, first = 10) => {
    const { partnerAgreements } = await runQuery(expiringAgreementsQuery, { programId, from, to, first });
    return { data: partnerAgreements.nodes, hasMore: partnerAgreements.pageInfo.hasNextPage };
  },
  recentChanges: async (first = 10): Promise<{ data: RecentChange[] }> => ({
    data: (await runQuery(recentChangesQuery, { first })).recentChanges.nodes,
  }),
};

export type DashboardMethods = typeof dashboardMethods;
