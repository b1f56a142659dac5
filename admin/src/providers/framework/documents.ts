import { graphql } from '../../graphql/generated/gql.ts';

/**
 * The framework operations (schema/graphql/framework.graphql). A framework is one tree read in one
 * request and edited node by node, not a react-admin resource, so its operations are written out
 * here; `npm run codegen` checks them against the SDL and generates their types. The fragments are
 * spread by name in the operations below, so nothing imports them (`@public` tells knip so).
 */
/** @public */
export const objectiveFields = graphql(`
  fragment ObjectiveFields on Objective { id programId code parentCode level title description version }
`);
/** @public */
export const indicatorFields = graphql(`
  fragment IndicatorFields on Indicator { id programId objectiveCode name unit baseline target source metric version }
`);
/** @public */
export const budgetLineFields = graphql(`
  fragment BudgetLineFields on BudgetLine { id programId objectiveCode label planned version }
`);
/** @public */
export const expenditureFields = graphql(`
  fragment ExpenditureFields on Expenditure { id programId budgetLineId objectiveCode date amount description version }
`);

export const frameworkQuery = graphql(`
  query framework($programId: ID!) {
    framework(programId: $programId) {
      programId
      objectives { ...ObjectiveFields }
      indicators { ...IndicatorFields }
      budgetLines { ...BudgetLineFields }
    }
  }
`);

export const expendituresQuery = graphql(`
  query expenditures($programId: ID!, $from: Date!, $to: Date!, $first: Int, $after: String) {
    expenditures(programId: $programId, from: $from, to: $to, first: $first, after: $after) {
      nodes { ...ExpenditureFields }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const createObjectiveMutation = graphql(`
  mutation createObjective($input: CreateObjectiveInput!) { createObjective(input: $input) { ...ObjectiveFields } }
`);
export const updateObjectiveMutation = graphql(`
  mutation updateObjective($input: UpdateObjectiveInput!) { updateObjective(input: $input) { ...ObjectiveFields } }
`);
export const deleteObjectiveMutation = graphql(`
  mutation deleteObjective($id: ID!, $version: Int!) { deleteObjective(id: $id, version: $version) { id } }
`);

export const createIndicatorMutation = graphql(`
  mutation createIndicator($input: CreateIndicatorInput!) { createIndicator(input: $input) { ...IndicatorFields } }
`);
export const updateIndicatorMutation = graphql(`
  mutation updateIndicator($input: UpdateIndicatorInput!) { updateIndicator(input: $input) { ...IndicatorFields } }
`);
export const deleteIndicatorMutation = graphql(`
  mutation deleteIndicator($id: ID!, $version: Int!) { deleteIndicator(id: $id, version: $version) { id } }
`);
export const setIndicatorValueMutation = graphql(`
  mutation setIndicatorValue($indicatorId: ID!, $period: String!, $value: Float!) {
    setIndicatorValue(indicatorId: $indicatorId, period: $period, value: $value) { indicatorId period value }
  }
`);

export const createBudgetLineMutation = graphql(`
  mutation createBudgetLine($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { ...BudgetLineFields } }
`);
export const updateBudgetLineMutation = graphql(`
  mutation updateBudgetLine($input: UpdateBudgetLineInput!) { updateBudgetLine(input: $input) { ...BudgetLineFields } }
`);
export const deleteBudgetLineMutation = graphql(`
  mutation deleteBudgetLine($id: ID!, $version: Int!) { deleteBudgetLine(id: $id, version: $version) { id } }
`);

export const recordExpenditureMutation = graphql(`
  mutation recordExpenditure($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { ...ExpenditureFields } }
`);
export const updateExpenditureMutation = graphql(`
  mutation updateExpenditure($input: UpdateExpenditureInput!) { updateExpenditure(input: $input) { ...ExpenditureFields } }
`);
export const deleteExpenditureMutation = graphql(`
  mutation deleteExpenditure($id: ID!, $version: Int!) { deleteExpenditure(id: $id, version: $version) { id } }
`);

export const setObservationMutation = graphql(`
  mutation setObservation($programId: ID!, $objectiveCode: String!, $period: String!, $text: String!) {
    setObservation(programId: $programId, objectiveCode: $objectiveCode, period: $period, text: $text) { period text }
  }
`);
