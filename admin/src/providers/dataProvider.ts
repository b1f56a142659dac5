import type { DataProvider } from 'react-admin';
import { auditMethods, type AuditMethods } from './audit/auditMethods.ts';
import { dashboardMethods, type DashboardMethods } from './dashboard/dashboardMethods.ts';
import { frameworkMethods, type FrameworkMethods } from './framework/frameworkMethods.ts';
import { duplicateMethods, type DuplicateMethods } from './graphql/duplicates.ts';
import { reportMethods, type ReportMethods } from './report/reportMethods.ts';
import { scholarshipMethods, type ScholarshipMethods } from './scholarship/scholarshipMethods.ts';
import { trainingMethods, type TrainingMethods } from './training/trainingMethods.ts';
import { userActions, type UserActions } from './users/userProvider.ts';

/** react-admin's methods plus ours, which screens call through `useRutaDataProvider()` (never directly). */
export type RutaDataProvider = DataProvider &
  UserActions &
  FrameworkMethods &
  ReportMethods &
  AuditMethods &
  DuplicateMethods &
  DashboardMethods &
  TrainingMethods &
  ScholarshipMethods;

/**
 * Our methods, each one typed GraphQL operation through request.ts. react-admin's own methods (the
 * CRUD: ra-data-graphql, Apollo, the introspection) are in crudDataProvider.ts, loaded apart
 * (lazyDataProvider.ts): a page that only calls ours does not load those.
 */
export const customMethods = {
  ...userActions,
  ...frameworkMethods,
  ...reportMethods,
  ...auditMethods,
  ...duplicateMethods,
  ...dashboardMethods,
  ...trainingMethods,
  ...scholarshipMethods,
};
