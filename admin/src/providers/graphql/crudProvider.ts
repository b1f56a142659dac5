import buildDataProvider from 'ra-data-graphql';
import type { DataProvider, GetListParams, GetListResult } from 'react-admin';
import { apolloClient } from './apollo.ts';
import { buildQuery, UnknownCursorError } from './buildQuery.ts';
import { introspectionOptions } from './crudResources.ts';
import { withApiErrors } from './errors.ts';

/** The API refuses pages larger than this (functions/platform/paging.ts); exports read several. */
const MAX_PAGE = 100;

const graphql = buildDataProvider({
  client: apolloClient,
  introspection: introspectionOptions,
  buildQuery,
  // Every screen shows what the server says now; Apollo's cache would only add stale copies.
  query: () => ({ fetchPolicy: 'no-cache' }),
  mutation: () => ({ fetchPolicy: 'no-cache' }),
});

const emptyPage = (page: number): GetListResult => ({ data: [], pageInfo: { hasNextPage: false, hasPreviousPage: page > 1 } });

/** A page whose predecessor's cursor we never saw (cursors.ts) is answered empty: react-admin goes back to page 1. */
async function page(run: () => Promise<GetListResult>, number: number): Promise<GetListResult> {
  try {
    return await withApiErrors(run, false);
  } catch (e) {
    if (e instanceof UnknownCursorError) return emptyPage(number);
    throw e;
  }
}

/** Exports ask for up to 1000 rows at once: read them in pages the API accepts. */
async function getList(resource: string, params: GetListParams): Promise<GetListResult> {
  const first = params.pagination?.page ?? 1;
  const perPage = params.pagination?.perPage ?? 25;
  if (perPage <= MAX_PAGE || first !== 1) return page(() => graphql.getList(resource, params), first);
  const data: GetListResult['data'] = [];
  for (let p = 1; data.length < perPage; p++) {
    const result = await page(() => graphql.getList(resource, { ...params, pagination: { page: p, perPage: MAX_PAGE } }), p);
    data.push(...result.data);
    // A plain list (no pageInfo) came whole; a connection ends without a next page.
    if (!result.pageInfo?.hasNextPage) return { data: data.slice(0, perPage), total: result.total ?? data.length };
  }
  return { data: data.slice(0, perPage), pageInfo: { hasNextPage: true, hasPreviousPage: false } };
}

/** Organizations, partner agreements and programs: react-admin's CRUD over the API's typed errors. */
export const crudProvider: DataProvider = {
  getList,
  getOne: (resource, params) => withApiErrors(() => graphql.getOne(resource, params), false),
  getMany: (resource, params) =>
    params.ids.length ? withApiErrors(() => graphql.getMany(resource, params), false) : Promise.resolve({ data: [] }),
  getManyReference: (resource, params) => page(() => graphql.getManyReference(resource, params), params.pagination?.page ?? 1),
  create: (resource, params) => withApiErrors(() => graphql.create(resource, params), true),
  update: (resource, params) => withApiErrors(() => graphql.update(resource, params), true),
  delete: (resource, params) => withApiErrors(() => graphql.delete(resource, params), false),
  updateMany: (resource, params) => withApiErrors(() => graphql.updateMany(resource, params), false),
  deleteMany: (resource, params) => withApiErrors(() => graphql.deleteMany(resource, params), false),
};
