import { parse, type IntrospectionField } from 'graphql';
import type { BuildQueryFactory, BuildQueryResult, IntrospectionResult } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';
import { cursorFor, rememberCursor, type ListQuery } from './cursors.ts';
import { selectionOf } from './fragments.ts';
import { createInput, updateInput } from './inputs.ts';
import { argumentList, isListType, variableDefinitions } from './introspection.ts';
import { filterVariable, sortVariable, type RaSort } from './listArgs.ts';
import { stripTypename } from './stripTypename.ts';

/** Thrown for a page whose predecessor's cursor we never saw (see cursors.ts). */
export class UnknownCursorError extends Error {
  constructor() {
    super('No cursor for this page');
  }
}

// biome-ignore lint/suspicious/noExplicitAny: react-admin's params, as loosely typed as ra-data-graphql hands them over
type Params = Record<string, any>;
type Records = Record<string, unknown>[];

function operation(ir: IntrospectionResult, resource: string, raFetchType: string): IntrospectionField | undefined {
  const found = ir.resources.find((r) => r.type.name === resource);
  if (!found) throw new Error(`Unknown resource ${resource}`);
  return (found as unknown as Record<string, IntrospectionField | undefined>)[raFetchType];
}

function required(field: IntrospectionField | undefined, resource: string, raFetchType: string): IntrospectionField {
  if (!field) throw new Error(`${resource} has no operation for ${raFetchType}`);
  return field;
}

/** `query organizations($filter: …) { items: organizations(filter: $filter) { … } }`; `selection` has its braces. */
function document(kind: 'query' | 'mutation', field: IntrospectionField, args: string[], alias: string, selection: string) {
  return parse(`${kind} ${field.name}${variableDefinitions(field, args)} {
    ${alias}: ${field.name}${argumentList(field, args)} ${selection}
  }`);
}

function list(ir: IntrospectionResult, resource: string, field: IntrospectionField, params: Params): BuildQueryResult {
  const page: number = params.pagination?.page ?? 1;
  const perPage: number = params.pagination?.perPage ?? 25;
  const filter = filterVariable(ir, field, params.filter);
  const selection = selectionOf(resource);

  if (isListType(field.type)) {
    // A plain list (e.g. programs): the API returns it whole; page it here.
    return {
      query: document('query', field, [], 'items', selection),
      variables: {},
      parseResponse: ({ data }) => {
        const all = stripTypename(data.items as Records);
        return { data: all.slice((page - 1) * perPage, page * perPage), total: all.length };
      },
    };
  }

  const sort = sortVariable(ir, resource, field, params.sort as RaSort | undefined, filter);
  const key: ListQuery = { filter, sort, perPage };
  const after = cursorFor(resource, key, page);
  if (after === undefined) throw new UnknownCursorError();
  return {
    query: document(
      'query',
      field,
      ['filter', 'sort', 'first', 'after'],
      'items',
      `{ nodes ${selection} pageInfo { hasNextPage endCursor } }`,
    ),
    variables: { filter, sort, first: perPage, after },
    parseResponse: ({ data }) => {
      const { nodes, pageInfo } = data.items;
      rememberCursor(resource, key, page, pageInfo.endCursor ?? null);
      const hasNextPage = !!pageInfo.hasNextPage;
      return {
        data: stripTypename(nodes as Records),
        // On the last page the total is known; react-admin then shows "1-8 of 8", not "1-25 of 25".
        ...(hasNextPage ? {} : { total: (page - 1) * perPage + nodes.length }),
        pageInfo: { hasNextPage, hasPreviousPage: page > 1 },
      };
    },
  };
}

/** Several records by id: the `…ByIds` query when there is one, else one aliased `get` per id. */
function many(ir: IntrospectionResult, resource: string, params: Params): BuildQueryResult {
  const ids: string[] = (params.ids ?? []).map(String);
  const byIds = operation(ir, resource, GET_MANY);
  const selection = selectionOf(resource);
  if (byIds) {
    return {
      query: document('query', byIds, ['ids'], 'data', selection),
      variables: { ids },
      parseResponse: ({ data }) => ({ data: stripTypename(data.data as Records) }),
    };
  }
  const one = required(operation(ir, resource, GET_ONE), resource, GET_ONE);
  const defs = ids.map((_, i) => `$id${i}: ID!`).join(', ');
  const body = ids.map((_, i) => `r${i}: ${one.name}(id: $id${i}) ${selection}`).join('\n');
  return {
    query: parse(`query ${one.name}Many(${defs}) { ${body} }`),
    variables: Object.fromEntries(ids.map((id, i) => [`id${i}`, id])),
    parseResponse: ({ data }) => ({ data: stripTypename(ids.map((_, i) => data[`r${i}`]) as Records) }),
  };
}

export const buildQuery: BuildQueryFactory = (ir) => (raFetchType, resource, params: Params) => {
  const field = operation(ir, resource, raFetchType);
  const selection = () => selectionOf(resource);
  switch (raFetchType) {
    case GET_LIST:
      return list(ir, resource, required(field, resource, raFetchType), params);
    case GET_MANY_REFERENCE: {
      const listField = required(operation(ir, resource, GET_LIST), resource, GET_LIST);
      return list(ir, resource, listField, { ...params, filter: { ...params.filter, [params.target]: params.id } });
    }
    case GET_MANY:
      return many(ir, resource, params);
    case GET_ONE:
      return {
        query: document('query', required(field, resource, raFetchType), ['id'], 'data', selection()),
        variables: { id: String(params.id) },
        parseResponse: ({ data }) => ({ data: stripTypename(data.data) }),
      };
    case CREATE: {
      const f = required(field, resource, raFetchType);
      return {
        query: document('mutation', f, ['input'], 'data', selection()),
        variables: { input: createInput(ir, f, params.data) },
        parseResponse: ({ data }) => ({ data: stripTypename(data.data) }),
      };
    }
    case UPDATE: {
      const f = required(field, resource, raFetchType);
      return {
        query: document('mutation', f, ['input'], 'data', selection()),
        variables: { input: updateInput(ir, f, params.data, params.previousData) },
        parseResponse: ({ data }) => ({ data: stripTypename(data.data) }),
      };
    }
    case DELETE: {
      const f = required(field, resource, raFetchType);
      const previous = params.previousData ?? {};
      return {
        query: document('mutation', f, ['id', 'version'], 'data', '{ id }'),
        variables: { id: String(params.id), version: previous.version },
        parseResponse: ({ data }) => ({ data: { ...previous, id: data.data.id } }),
      };
    }
    default:
      // updateMany/deleteMany: every write needs the version the user read, so the console has no bulk actions.
      throw new Error(`${raFetchType} is not supported for ${resource}`);
  }
};
