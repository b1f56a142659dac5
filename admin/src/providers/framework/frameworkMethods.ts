import { runMutation, runQuery } from '../graphql/request.ts';
import type {
  BudgetLineFieldsFragment,
  CreateBudgetLineInput,
  CreateIndicatorInput,
  CreateObjectiveInput,
  ExpenditureFieldsFragment,
  ExpendituresQuery,
  FrameworkQuery,
  IndicatorFieldsFragment,
  ObjectiveFieldsFragment,
  RecordExpenditureInput,
  SetIndicatorValueMutationVariables,
  SetObservationMutationVariables,
  UpdateBudgetLineInput,
  UpdateExpenditureInput,
  UpdateIndicatorInput,
  UpdateObjectiveInput,
} from '../../graphql/generated/graphql.ts';
import * as D from './documents.ts';

export type FrameworkData = FrameworkQuery['framework'];
export type ObjectiveRecord = ObjectiveFieldsFragment;
export type IndicatorRecord = IndicatorFieldsFragment;
export type BudgetLineRecord = BudgetLineFieldsFragment;
export type ExpenditureRecord = ExpenditureFieldsFragment;

/** The API's largest page (functions/platform/paging.ts): the editor lists a program's expenditures whole. */
const EXPENDITURE_PAGE = 100;

async function allExpenditures(programId: string, from: string, to: string): Promise<ExpenditureRecord[]> {
  const all: ExpenditureRecord[] = [];
  let after: string | null = null;
  do {
    // Annotated: `after` feeds the next request, which TypeScript cannot infer through the loop.
    const { expenditures }: ExpendituresQuery = await runQuery(D.expendituresQuery, {
      programId,
      from,
      to,
      first: EXPENDITURE_PAGE,
      after,
    });
    all.push(...expenditures.nodes);
    after = expenditures.pageInfo.hasNextPage ? expenditures.pageInfo.endCursor : null;
  } while (after);
  return all;
}

const removal = (id: string, version: number) => ({ id, version });

/**
 * The framework editor's custom data-provider methods (react-admin: call them through
 * `useDataProvider`, so an expired session logs out like any other request). Answers are
 * `{ data }`, as react-admin's own methods are.
 */
export const frameworkMethods = {
  framework: async (programId: string) => ({ data: (await runQuery(D.frameworkQuery, { programId })).framework }),
  expenditures: async (programId: string, from: string, to: string) => ({ data: await allExpenditures(programId, from, to) }),
  createObjective: async (input: CreateObjectiveInput) => ({
    data: (await runMutation(D.createObjectiveMutation, { input })).createObjective,
  }),
  updateObjective: async (input: UpdateObjectiveInput) => ({
    data: (await runMutation(D.updateObjectiveMutation, { input })).updateObjective,
  }),
  deleteObjective: async (id: string, version: number) => ({
    data: (await runMutation(D.deleteObjectiveMutation, removal(id, version))).deleteObjective,
  }),
  createIndicator: async (input: CreateIndicatorInput) => ({
    data: (await runMutation(D.createIndicatorMutation, { input })).createIndicator,
  }),
  updateIndicator: async (input: UpdateIndicatorInput) => ({
    data: (await runMutation(D.updateIndicatorMutation, { input })).updateIndicator,
  }),
  deleteIndicator: async (id: string, version: number) => ({
    data: (await runMutation(D.deleteIndicatorMutation, removal(id, version))).deleteIndicator,
  }),
  setIndicatorValue: async (variables: SetIndicatorValueMutationVariables) => ({
    data: (await runMutation(D.setIndicatorValueMutation, variables)).setIndicatorValue,
  }),
  createBudgetLine: async (input: CreateBudgetLineInput) => ({
    data: (await runMutation(D.createBudgetLineMutation, { input })).createBudgetLine,
  }),
  updateBudgetLine: async (input: UpdateBudgetLineInput) => ({
    data: (await runMutation(D.updateBudgetLineMutation, { input })).updateBudgetLine,
  }),
  deleteBudgetLine: async (id: string, version: number) => ({
    data: (await runMutation(D.deleteBudgetLineMutation, removal(id, version))).deleteBudgetLine,
  }),
  recordExpenditure: async (input: RecordExpenditureInput) => ({
    data: (await runMutation(D.recordExpenditureMutation, { input })).recordExpenditure,
  }),
  updateExpenditure: async (input: UpdateExpenditureInput) => ({
    data: (await runMutation(D.updateExpenditureMutation, { input })).updateExpenditure,
  }),
  deleteExpenditure: async (id: string, version: number) => ({
    data: (await runMutation(D.deleteExpenditureMutation, removal(id, version))).deleteExpenditure,
  }),
  setObservation: async (variables: SetObservationMutationVariables) => ({
    data: (await runMutation(D.setObservationMutation, variables)).setObservation,
  }),
};

export type FrameworkMethods = typeof frameworkMethods;
