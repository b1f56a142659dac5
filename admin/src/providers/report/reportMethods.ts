import { runQuery } from '../graphql/request.ts';
import type { ResultsReportQuery } from '../../graphql/generated/graphql.ts';
import { reportProgramQuery, reportProgramsQuery, resultsReportQuery } from './documents.ts';

export type ReportData = ResultsReportQuery['resultsReport'];
export type ReportRowData = ReportData['rows'][number];
export type ReportIndicatorData = ReportRowData['indicators'][number];

/** The API's largest page (functions/platform/paging.ts): the report offers every program the caller sees. */
const PROGRAM_PAGE = 100;

/** The report page's, framework page's and dashboard's custom data-provider methods (call them through `useDataProvider`). */
export const reportMethods = {
  reportPrograms: async () => ({ data: (await runQuery(reportProgramsQuery, { first: PROGRAM_PAGE })).programs.nodes }),
  reportProgram: async (id: string) => ({ data: (await runQuery(reportProgramQuery, { id })).program }),
  resultsReport: async (programId: string, from: string, to: string) => ({
    data: (await runQuery(resultsReportQuery, { programId, from, to })).resultsReport,
  }),
};

export type ReportMethods = typeof reportMethods;
