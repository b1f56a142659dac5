import { combineDataProviders, type DataProvider } from 'react-admin';
import { auditMethods, type AuditMethods } from './audit/auditMethods.ts';
import { dashboardMethods, type DashboardMethods } from './dashboard/dashboardMethods.ts';
import { frameworkMethods, type FrameworkMethods } from './framework/frameworkMethods.ts';
import { crudProvider } from './graphql/crudProvider.ts';
import { duplicateMethods, type DuplicateMethods } from './graphql/duplicates.ts';
import { CRUD_RESOURCES } from './graphql/crudResources.ts';
import { reportMethods, type ReportMethods } from './report/reportMethods.ts';
import { scholarshipMethods, type ScholarshipMethods } from './scholarship/scholarshipMethods.ts';
import { trainingMethods, type TrainingMethods } from './training/trainingMethods.ts';
import { USER_RESOURCE, userActions, userProvider, type UserActions } from './users/userProvider.ts';

const isCrud = (resource: string): boolean => (CRUD_RESOURCES as readonly string[]).includes(resource);

/** One provider per family of resources: the generic GraphQL CRUD, and users (keyed by username). */
const byResource = combineDataProviders((resource) => {
  if (resource === USER_RESOURCE) return userProvider;
  if (isCrud(resource)) return crudProvider;
  throw new Error(`Unknown resource ${resource}`);
});

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

export const dataProvider: RutaDataProvider = {
  // combineDataProviders answers a Proxy: name react-admin's methods so ours can sit beside them.
  getList: (resource, params) => byResource.getList(resource, params),
  getOne: (resource, params) => byResource.getOne(resource, params),
  getMany: (resource, params) => byResource.getMany(resource, params),
  getManyReference: (resource, params) => byResource.getManyReference(resource, params),
  create: (resource, params) => byResource.create(resource, params),
  update: (resource, params) => byResource.update(resource, params),
  updateMany: (resource, params) => byResource.updateMany(resource, params),
  delete: (resource, params) => byResource.delete(resource, params),
  deleteMany: (resource, params) => byResource.deleteMany(resource, params),
  ...userActions,
  ...frameworkMethods,
  ...reportMethods,
  ...auditMethods,
  ...duplicateMethods,
  ...dashboardMethods,
  ...trainingMethods,
  ...scholarshipMethods,
};
