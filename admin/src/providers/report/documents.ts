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
