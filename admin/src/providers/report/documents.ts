import { graphql } from '../../graphql/generated/gql.ts';

/** The results-by-objective report (schema/graphql/report.graphql): computed by the API, read whole. */
export const resultsReportQuery = graphql(`
  query resultsReport($programId: ID!, $from: Date!, $to: Date!) {
    resultsReport(programId: $programId, from: $from, to: $to) {
      programId programName currency from to
      rows {
        code level title observations planned cost activitiesPending
        indicators { indicatorId name unit target actual percentAchieved }
      }
      otherCosts { label planned cost }
      subtotal adminFeeRateBps adminFee total declaredTotal difference
    }
  }
`);

/**
 * The programs the report and the framework page show, read with their own typed operations rather
 * than react-admin's getOne/getList: those pages then never load the CRUD layer (lazyDataProvider.ts).
 */
export const reportProgramsQuery = graphql(`
  query reportPrograms($first: Int!) {
    programs(first: $first) { nodes { ...ProgramFields } }
  }
`);

export const reportProgramQuery = graphql(`
  query reportProgram($id: ID!) {
    program(id: $id) { ...ProgramFields }
  }
`);
