import type { DocumentNode } from '@apollo/client';
import { apolloClient as client, callApollo as call } from '../graphql/apollo.ts';
import { stripTypename } from '../graphql/stripTypename.ts';
import * as Q from './queries.ts';
import type { ExpenditureRecord, FrameworkData, ReportData } from './types.ts';

/** Calls for the framework editor and the report (see graphql/apollo.ts). */
const query = <T>(document: DocumentNode, variables: Record<string, unknown>) =>
  call(() => client.query<T>({ query: document, variables, fetchPolicy: 'no-cache' }).then((r) => stripTypename(r.data)), false);
const mutate = <T>(document: DocumentNode, variables: Record<string, unknown>) =>
  call(() => client.mutate<T>({ mutation: document, variables, fetchPolicy: 'no-cache' }).then((r) => stripTypename(r.data as T)), true);

export const frameworkApi = {
  framework: (programId: string) =>
    query<{ framework: FrameworkData }>(Q.FRAMEWORK, { programId }).then((d) => d.framework),
  report: (programId: string, from: string, to: string) =>
    query<{ resultsReport: ReportData }>(Q.RESULTS_REPORT, { programId, from, to }).then((d) => d.resultsReport),
  expenditures: (programId: string, from: string, to: string) =>
    query<{ expenditures: ExpenditureRecord[] }>(Q.EXPENDITURES, { programId, from, to }).then((d) => d.expenditures),
  createObjective: (input: Record<string, unknown>) => mutate(Q.CREATE_OBJECTIVE, { input }),
  updateObjective: (input: Record<string, unknown>) => mutate(Q.UPDATE_OBJECTIVE, { input }),
  createIndicator: (input: Record<string, unknown>) => mutate(Q.CREATE_INDICATOR, { input }),
  updateIndicator: (input: Record<string, unknown>) => mutate(Q.UPDATE_INDICATOR, { input }),
  setIndicatorValue: (vars: { indicatorId: string; period: string; value: number }) => mutate(Q.SET_INDICATOR_VALUE, vars),
  createBudgetLine: (input: Record<string, unknown>) => mutate(Q.CREATE_BUDGET_LINE, { input }),
  updateBudgetLine: (input: Record<string, unknown>) => mutate(Q.UPDATE_BUDGET_LINE, { input }),
  deleteBudgetLine: (id: string, version: number) => mutate(Q.DELETE_BUDGET_LINE, { id, version }),
  deleteIndicator: (id: string, version: number) => mutate(Q.DELETE_INDICATOR, { id, version }),
  deleteObjective: (id: string, version: number) => mutate(Q.DELETE_OBJECTIVE, { id, version }),
  recordExpenditure: (input: Record<string, unknown>) => mutate(Q.RECORD_EXPENDITURE, { input }),
  deleteExpenditure: (id: string, version: number) => mutate(Q.DELETE_EXPENDITURE, { id, version }),
  setObservation: (vars: { programId: string; objectiveCode: string; period: string; text: string }) =>
    mutate(Q.SET_OBSERVATION, vars),
};

/** Query keys, so a save can refresh exactly what it changed. */
export const frameworkKeys = {
  framework: (programId: string) => ['ruta', 'framework', programId] as const,
  report: (programId: string, from: string, to: string) => ['ruta', 'report', programId, from, to] as const,
  reports: (programId: string) => ['ruta', 'report', programId] as const,
  expenditures: (programId: string) => ['ruta', 'expenditures', programId] as const,
};
