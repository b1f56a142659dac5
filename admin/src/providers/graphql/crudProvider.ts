import buildDataProvider, { type defaultOptions, introspectSchema, type Options } from 'ra-data-graphql';
import type { DataProvider, GetListParams, GetListResult } from 'react-admin';
import { apolloClient } from './apollo.ts';
import { buildQuery, UnknownCursorError } from './buildQuery.ts';
import { introspectionOptions, loadSchema } from './crudResources.ts';
import { withApiErrors } from './errors.ts';

/** The API refuses pages larger than this (functions/platform/paging.ts); exports read several. */
const MAX_PAGE = 100;

/**
 * ra-data-graphql's provider is a Proxy that answers every property, `then` included: a promise
 * resolved with it would wait on it forever. So it travels in a box.
 */
let built: Promise<{ provider: DataProvider }> | undefined;

/**
 * Built with the first request, once the schema's chunk has loaded. The schema reaches
 * ra-data-graphql through `resolveIntrospection`, not in `introspection.schema`: buildDataProvider
 * lodash-`merge`s its options, and deep-copying the whole introspection JSON there was one of the
 * console's long tasks (~30–70 ms, issue 14).
 */
async function graphqlProvider(): Promise<DataProvider> {
  built ??= loadSchema().then((schema) => {
    // buildDataProvider reads resolveIntrospection (its default is introspectSchema); its Options type leaves it out.
    const options: Options & Pick<typeof defaultOptions, 'resolveIntrospection'> = {
      client: apolloClient,
      introspection: introspectionOptions,
      resolveIntrospection: (client, resolved) => introspectSchema(client, { ...resolved, schema }),
      buildQuery,
      // Every screen shows what the server says now; Apollo's cache would only add stale copies.
      query: () => ({ fetchPolicy: 'no-cache' }),
      mutation: () => ({ fetchPolicy: 'no-cache' }),
    };
    return { provider: buildDataProvider(options) };
  });
  return (await built).provider;
}

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
  if (perPage <= MAX_PAGE || first !== 1) return page(async () => (await graphqlProvider()).getList(resource, params), first);
  const data: GetListResult['data'] = [];
  for (let p = 1; data.length < perPage; p++) {
    const result = await page(
      async () => (await graphqlProvider()).getList(resource, { ...params, pagination: { page: p, perPage: MAX_PAGE } }),
      p,
    );
    data.push(...result.data);
    // A plain list (no pageInfo) came whole; a connection ends without a next page.
    if (!result.pageInfo?.hasNextPage) return { data: data.slice(0, perPage), total: result.total ?? data.length };
  }
  return { data: data.slice(0, perPage), pageInfo: { hasNextPage: true, hasPreviousPage: false } };
}

/** Organizations, partner agreements and programs: react-admin's CRUD over the API's typed errors. */
export const crudProvider: DataProvider = {
  getList,
  getOne: (resource, params) => withApiErrors(async () => (await graphqlProvider()).getOne(resource, params), false),
  getMany: (resource, params) =>
    params.ids.length
      ? withApiErrors(async () => (await graphqlProvider()).getMany(resource, params), false)
      : Promise.resolve({ data: [] }),
  getManyReference: (resource, params) =>
    page(async () => (await graphqlProvider()).getManyReference(resource, params), params.pagination?.page ?? 1),
  create: (resource, params) => withApiErrors(async () => (await graphqlProvider()).create(resource, params), true),
  update: (resource, params) => withApiErrors(async () => (await graphqlProvider()).update(resource, params), true),
  delete: (resource, params) => withApiErrors(async () => (await graphqlProvider()).delete(resource, params), false),
  updateMany: (resource, params) => withApiErrors(async () => (await graphqlProvider()).updateMany(resource, params), false),
  deleteMany: (resource, params) => withApiErrors(async () => (await graphqlProvider()).deleteMany(resource, params), false),
};
