import { runQuery } from '../graphql/apollo.ts';
import type { ResultsReportQuery } from '../../graphql/generated/graphql.ts';
import { resultsReportQuery } from './documents.ts';

export type ReportData = ResultsReportQuery['resultsReport'];
export type ReportRowData = ReportData['rows'][number];
export type ReportIndicatorData = ReportRowData['indicators'][number];

/** The report page's and dashboard's custom data-provider method (call it through `useDataProvider`). */
export const reportMethods = {
  resultsReport: async (programId: string, from: string, to: string) => ({
    data: (await runQuery(resultsReportQuery, { programId, from, to })).resultsReport,
  }),
};

export type ReportMethods = typeof reportMethods;
