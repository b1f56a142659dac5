import { canCall, type Role } from '@ruta/schema/policy';

/**
 * What react-admin asks (`{action, resource}`) mapped to the API operation that would serve it, so
 * the console offers exactly what the server's policy table (schema/policy.ts) allows.
 */
type Operation = readonly ['Query' | 'Mutation', string];
export type Action = 'list' | 'show' | 'create' | 'edit' | 'delete' | 'export' | 'clone';

function crud(type: string, listField: string): Record<Action, Operation> {
  const one = type.charAt(0).toLowerCase() + type.slice(1);
  return {
    list: ['Query', listField],
    export: ['Query', listField],
    show: ['Query', one],
    create: ['Mutation', `create${type}`],
    clone: ['Mutation', `create${type}`],
    edit: ['Mutation', `update${type}`],
    delete: ['Mutation', `delete${type}`],
  };
}

export const operations: Record<string, Partial<Record<Action, Operation>>> = {
  Organization: crud('Organization', 'organizations'),
  PartnerAgreement: crud('PartnerAgreement', 'partnerAgreements'),
  Training: crud('Training', 'trainings'),
  ActivityRecord: crud('ActivityRecord', 'activityRecords'),
  Scholarship: crud('Scholarship', 'scholarships'),
  User: crud('User', 'users'),
  Program: crud('Program', 'programs'),
  // Cases: no update or delete operation, so no edit or delete button; the reads audit is the admin's.
  Case: crud('Case', 'cases'),
  CaseReads: { list: ['Query', 'caseReadEvents'] },
  // Pages that are not resources: a program's framework (edited node by node) and the results report.
  Framework: { show: ['Query', 'framework'], edit: ['Mutation', 'updateObjective'], create: ['Mutation', 'createObjective'] },
  ResultsReport: { list: ['Query', 'resultsReport'], export: ['Query', 'resultsReport'] },
};

export interface CanAccessParams {
  action: string;
  resource: string;
  record?: unknown;
}

export function canAccess(role: Role | undefined, { action, resource }: CanAccessParams): boolean {
  if (!role) return false;
  const operation = operations[resource]?.[action as Action];
  return operation ? canCall(role, operation[0], operation[1]) : false;
}
