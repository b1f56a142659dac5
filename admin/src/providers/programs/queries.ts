import { gql } from '@apollo/client';

/**
 * The framework and report operations (schema/graphql/framework.graphql, report.graphql). They are
 * not react-admin resources — a framework is one tree read in one request, a report is computed —
 * so they are written out here rather than built by buildQuery.
 */
const OBJECTIVE = 'id programId code parentCode level title description version';
const INDICATOR = 'id programId objectiveCode name unit baseline target source metric version';
const BUDGET_LINE = 'id programId objectiveCode label planned version';
const EXPENDITURE = 'id programId budgetLineId objectiveCode date amount description version';

export const FRAMEWORK = gql`query framework($programId: ID!) {
  framework(programId: $programId) {
    programId objectives { ${OBJECTIVE} } indicators { ${INDICATOR} } budgetLines { ${BUDGET_LINE} }
  }
}`;

export const RESULTS_REPORT = gql`query resultsReport($programId: ID!, $from: Date!, $to: Date!) {
  resultsReport(programId: $programId, from: $from, to: $to) {
    programId programName currency from to
    rows { code level title observations planned cost indicators { indicatorId name unit target actual percentAchieved } }
    otherCosts { label planned cost }
    subtotal adminFeeRateBps adminFee total declaredTotal difference
  }
}`;

export const EXPENDITURES = gql`query expenditures($programId: ID!, $from: Date!, $to: Date!) {
  expenditures(programId: $programId, from: $from, to: $to) { ${EXPENDITURE} }
}`;

export const CREATE_OBJECTIVE = gql`mutation createObjective($input: CreateObjectiveInput!) {
  createObjective(input: $input) { ${OBJECTIVE} }
}`;

export const UPDATE_OBJECTIVE = gql`mutation updateObjective($input: UpdateObjectiveInput!) {
  updateObjective(input: $input) { ${OBJECTIVE} }
}`;

export const CREATE_INDICATOR = gql`mutation createIndicator($input: CreateIndicatorInput!) {
  createIndicator(input: $input) { ${INDICATOR} }
}`;

export const UPDATE_INDICATOR = gql`mutation updateIndicator($input: UpdateIndicatorInput!) {
  updateIndicator(input: $input) { ${INDICATOR} }
}`;

export const SET_INDICATOR_VALUE = gql`mutation setIndicatorValue($indicatorId: ID!, $period: String!, $value: Float!) {
  setIndicatorValue(indicatorId: $indicatorId, period: $period, value: $value) { indicatorId period value }
}`;

export const UPDATE_BUDGET_LINE = gql`mutation updateBudgetLine($input: UpdateBudgetLineInput!) {
  updateBudgetLine(input: $input) { ${BUDGET_LINE} }
}`;
const DELETED = '{ id }';
export const DELETE_BUDGET_LINE = gql`mutation deleteBudgetLine($id: ID!, $version: Int!) {
  deleteBudgetLine(id: $id, version: $version) ${DELETED}
}`;
export const DELETE_INDICATOR = gql`mutation deleteIndicator($id: ID!, $version: Int!) {
  deleteIndicator(id: $id, version: $version) ${DELETED}
}`;
export const DELETE_OBJECTIVE = gql`mutation deleteObjective($id: ID!, $version: Int!) {
  deleteObjective(id: $id, version: $version) ${DELETED}
}`;

export const CREATE_BUDGET_LINE = gql`mutation createBudgetLine($input: CreateBudgetLineInput!) {
  createBudgetLine(input: $input) { ${BUDGET_LINE} }
}`;

export const RECORD_EXPENDITURE = gql`mutation recordExpenditure($input: RecordExpenditureInput!) {
  recordExpenditure(input: $input) { ${EXPENDITURE} }
}`;

export const DELETE_EXPENDITURE = gql`mutation deleteExpenditure($id: ID!, $version: Int!) {
  deleteExpenditure(id: $id, version: $version) { id }
}`;

export const SET_OBSERVATION = gql`mutation setObservation($programId: ID!, $objectiveCode: String!, $period: String!, $text: String!) {
  setObservation(programId: $programId, objectiveCode: $objectiveCode, period: $period, text: $text) { period text }
}`;
