import type { IntrospectionSchema } from 'graphql';
import buildDataProvider from 'ra-data-graphql';
import {
  CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE,
  type DataProvider, type GetListParams, type GetListResult,
} from 'react-admin';
import introspection from '@ruta/schema/generated/introspection.json';
import { buildQuery, UnknownCursorError } from './graphql/buildQuery.ts';
import { toHttpError } from './graphql/errors.ts';
import { apolloClient } from './graphql/apollo.ts';
import { withUsers } from './users/userProvider.ts';

/** The API refuses pages larger than this (functions/platform/paging.ts); exports read several. */
const MAX_PAGE = 100;

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

const graphql = buildDataProvider({
  client: apolloClient,
  // The schema ships with the bundle: production turns introspection off, and we never ask for it.
  introspection: {
    schema: (introspection as unknown as { __schema: IntrospectionSchema }).__schema,
    include: ['Organization', 'PartnerAgreement', 'Program'],
    operationNames: {
      [GET_LIST]: (t: { name: string }) => `${lcFirst(t.name)}s`,
      [GET_MANY]: (t: { name: string }) => `${lcFirst(t.name)}sByIds`,
      [GET_MANY_REFERENCE]: (t: { name: string }) => `${lcFirst(t.name)}s`,
      [GET_ONE]: (t: { name: string }) => lcFirst(t.name),
      [CREATE]: (t: { name: string }) => `create${t.name}`,
      [UPDATE]: (t: { name: string }) => `update${t.name}`,
      [DELETE]: (t: { name: string }) => `delete${t.name}`,
    },
  },
  buildQuery,
  // Every screen shows what the server says now; Apollo's cache would only add stale copies.
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

const emptyPage = (page: number): GetListResult => ({ data: [], pageInfo: { hasNextPage: false, hasPreviousPage: page > 1 } });

async function call<T>(run: () => Promise<T>, isSave: boolean, page = 1): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof UnknownCursorError) return emptyPage(page) as T;
    throw toHttpError(e, isSave);
  }
}

/** Exports ask for up to 1000 rows at once: read them in pages the API accepts. */
async function getList(resource: string, params: GetListParams): Promise<GetListResult> {
  const page = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  if (perPage <= MAX_PAGE || page !== 1) return call(() => graphql.getList(resource, params), false, page);
  const data: GetListResult['data'] = [];
  for (let p = 1; data.length < perPage; p++) {
    const result = await call(() => graphql.getList(resource, { ...params, pagination: { page: p, perPage: MAX_PAGE } }), false, p);
    data.push(...result.data);
    // A plain list (no pageInfo) came whole; a connection ends without a next page.
    if (!result.pageInfo?.hasNextPage) return { data: data.slice(0, perPage), total: result.total ?? data.length };
  }
  return { data: data.slice(0, perPage), pageInfo: { hasNextPage: true, hasPreviousPage: false } };
}

const graphqlProvider: DataProvider = {
  getList,
  getOne: (resource, params) => call(() => graphql.getOne(resource, params), false),
  getMany: (resource, params) =>
    params.ids.length ? call(() => graphql.getMany(resource, params), false) : Promise.resolve({ data: [] }),
  getManyReference: (resource, params) =>
    call(() => graphql.getManyReference(resource, params), false, params.pagination?.page),
  create: (resource, params) => call(() => graphql.create(resource, params), true),
  update: (resource, params) => call(() => graphql.update(resource, params), true),
  delete: (resource, params) => call(() => graphql.delete(resource, params), false),
  updateMany: (resource, params) => call(() => graphql.updateMany(resource, params), false),
  deleteMany: (resource, params) => call(() => graphql.deleteMany(resource, params), false),
};

/** Users are keyed by username and have actions of their own (disable, reset): see users/userProvider.ts. */
export const dataProvider = withUsers(graphqlProvider);
