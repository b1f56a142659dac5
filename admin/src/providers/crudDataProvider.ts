import { combineDataProviders, type DataProvider } from 'react-admin';
import { crudProvider } from './graphql/crudProvider.ts';
import { CRUD_RESOURCES } from './graphql/crudResources.ts';
import { USER_RESOURCE, userProvider } from './users/userProvider.ts';

const isCrud = (resource: string): boolean => (CRUD_RESOURCES as readonly string[]).includes(resource);

/** One provider per family of resources: the generic GraphQL CRUD, and users (keyed by username). */
const byResource = combineDataProviders((resource) => {
  if (resource === USER_RESOURCE) return userProvider;
  if (isCrud(resource)) return crudProvider;
  throw new Error(`Unknown resource ${resource}`);
});

/** react-admin's methods, named: combineDataProviders answers a Proxy. */
export const crudDataProvider: DataProvider = {
  getList: (resource, params) => byResource.getList(resource, params),
  getOne: (resource, params) => byResource.getOne(resource, params),
  getMany: (resource, params) => byResource.getMany(resource, params),
  getManyReference: (resource, params) => byResource.getManyReference(resource, params),
  create: (resource, params) => byResource.create(resource, params),
  update: (resource, params) => byResource.update(resource, params),
  updateMany: (resource, params) => byResource.updateMany(resource, params),
  delete: (resource, params) => byResource.delete(resource, params),
  deleteMany: (resource, params) => byResource.deleteMany(resource, params),
};
