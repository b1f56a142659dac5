import {
  buildClientSchema,
  print,
  validate,
  type DocumentNode,
  type IntrospectionField,
  type IntrospectionObjectType,
  type IntrospectionSchema,
} from 'graphql';
import type { ApolloQueryResult } from '@apollo/client';
import type { IntrospectionResult } from 'ra-data-graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE, UPDATE_MANY } from 'react-admin';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildQuery, UnknownCursorError } from './buildQuery.ts';
import { introspectionOptions, loadSchema } from './crudResources.ts';
import { forgetCursors } from './cursors.ts';

/**
 * buildQuery against the real SDL (the introspection JSON the console ships): every document it
 * builds must pass graphql-js validation, so a selection in fragments.ts or an argument that
 * drifts from the schema fails here, not in a browser.
 */
const schema = await loadSchema();
const apiSchema = buildClientSchema({ __schema: schema });

function expectValid(document: DocumentNode) {
  expect(
    validate(apiSchema, document).map((e) => e.message),
    print(document),
  ).toEqual([]);
}

/** The same schema with `programs` as a plain list, for the path that pages a whole list locally. */
function withPlainPrograms(source: IntrospectionSchema): IntrospectionSchema {
  const copy = structuredClone(source) as IntrospectionSchema & { types: { name: string; fields?: unknown[] }[] };
  const query = copy.types.find((t) => t.name === source.queryType.name) as unknown as {
    fields: { name: string; args: unknown[]; type: unknown }[];
  };
  const programs = query.fields.find((f) => f.name === 'programs')!;
  programs.args = [];
  programs.type = { kind: 'NON_NULL', ofType: { kind: 'LIST', ofType: { kind: 'NON_NULL', ofType: { kind: 'OBJECT', name: 'Program' } } } };
  return copy;
}

/**
 * What ra-data-graphql's introspectSchema hands buildQuery, built the same way (its ESM build
 * cannot be loaded by Node outside Vite: it imports @apollo/client's CommonJS entry by name).
 */
function introspectionResult(source: IntrospectionSchema): IntrospectionResult {
  const roots = [source.queryType.name, source.mutationType?.name];
  const queries = source.types
    .filter((t): t is IntrospectionObjectType => roots.includes(t.name))
    .flatMap((t) => t.fields as IntrospectionField[]);
  const types = source.types.filter((t) => !roots.includes(t.name));
  const resources = introspectionOptions.include.map((name) => {
    const type = types.find((t) => t.name === name)!;
    const operations = Object.entries(introspectionOptions.operationNames)
      .map(([verb, nameOf]) => [verb, queries.find((q) => q.name === nameOf(type))] as const)
      .filter(([, field]) => field);
    return { type, ...Object.fromEntries(operations) };
  });
  return { types, queries, resources, schema: source } as unknown as IntrospectionResult;
}

const ir = introspectionResult(schema);
const build = buildQuery(ir);
beforeEach(() => forgetCursors());

/** An Apollo result around `data`, as ra-data-graphql hands it to parseResponse. */
const answer = (data: unknown) => ({ data, loading: false, networkStatus: 7 }) as ApolloQueryResult<unknown>;
const pageInfo = (hasNextPage: boolean, endCursor: string | null) => ({ hasNextPage, endCursor, __typename: 'PageInfo' });
const org = (id: string) => ({ id, name: `Org ${id}`, __typename: 'Organization' });

describe('buildQuery: lists with cursors', () => {
  const params = (page: number) => ({
    pagination: { page, perPage: 2 },
    sort: { field: 'name', order: 'DESC' },
    filter: { kind: 'NGO', q: ' fund ', city: 'Quito', empty: '' },
  });

  it('asks for the first page with the declared filters and a sort the enum has', () => {
    const q = build(GET_LIST, 'Organization', params(1));
    expectValid(q.query);
    expect(q.variables).toEqual({ filter: { kind: 'NGO', q: 'fund' }, sort: { field: 'NAME', order: 'DESC' }, first: 2, after: null });
  });

  it('asks for page 2 after the end cursor of page 1, and knows the total on the last page', () => {
    const first = build(GET_LIST, 'Organization', params(1));
    const one = first.parseResponse(answer({ items: { nodes: [org('a'), org('b')], pageInfo: pageInfo(true, 'c1') } }));
    expect(one).toEqual({
      data: [
        { id: 'a', name: 'Org a' },
        { id: 'b', name: 'Org b' },
      ],
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });

    const second = build(GET_LIST, 'Organization', params(2));
    expect(second.variables?.after).toBe('c1');
    const two = second.parseResponse(answer({ items: { nodes: [org('c')], pageInfo: pageInfo(false, null) } }));
    expect(two).toEqual({ data: [{ id: 'c', name: 'Org c' }], total: 3, pageInfo: { hasNextPage: false, hasPreviousPage: true } });
  });

  it('refuses a page whose predecessor it never saw (another filter, a bookmarked page)', () => {
    build(GET_LIST, 'Organization', params(1)).parseResponse(answer({ items: { nodes: [org('a')], pageInfo: pageInfo(true, 'c1') } }));
    expect(() => build(GET_LIST, 'Organization', { ...params(2), filter: { kind: 'DONOR' } })).toThrow(UnknownCursorError);
    expect(() => build(GET_LIST, 'Organization', params(3))).toThrow(UnknownCursorError);
  });

  it('orders a text search by the searched field (agreements by title)', () => {
    const q = build(GET_LIST, 'PartnerAgreement', {
      pagination: { page: 1, perPage: 10 },
      sort: { field: 'startDate', order: 'DESC' },
      filter: { q: 'mou' },
    });
    expectValid(q.query);
    expect(q.variables?.sort).toEqual({ field: 'TITLE', order: 'ASC' });
  });

  it('lists programs as a connection', () => {
    const q = build(GET_LIST, 'Program', { pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expectValid(q.query);
    expect(q.variables).toMatchObject({ first: 25, after: null });
  });

  it("adds the reference to the filter for getManyReference (an organization's agreements)", () => {
    const q = build(GET_MANY_REFERENCE, 'PartnerAgreement', {
      target: 'organizationId',
      id: 'org-1',
      pagination: { page: 1, perPage: 5 },
      sort: { field: 'startDate', order: 'DESC' },
      filter: {},
    });
    expectValid(q.query);
    expect(q.variables).toMatchObject({ filter: { organizationId: 'org-1' }, first: 5, after: null });
  });
});

describe('buildQuery: plain lists', () => {
  it('fetches the whole list once and pages it here', () => {
    const plain = buildQuery(introspectionResult(withPlainPrograms(schema)));
    const q = plain(GET_LIST, 'Program', { pagination: { page: 2, perPage: 2 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
    expect(q.variables).toEqual({});
    expect(print(q.query)).not.toContain('pageInfo');
    const items = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, __typename: 'Program' }));
    expect(q.parseResponse(answer({ items }))).toEqual({ data: [{ id: 'c' }, { id: 'd' }], total: 5 });
  });
});

describe('buildQuery: records by id', () => {
  it('uses the …ByIds query when the API has one', () => {
    const q = build(GET_MANY, 'Organization', { ids: ['a', 2] });
    expectValid(q.query);
    expect(print(q.query)).toContain('organizationsByIds(ids: $ids)');
    expect(q.variables).toEqual({ ids: ['a', '2'] });
    expect(q.parseResponse(answer({ data: [org('a')] }))).toEqual({ data: [{ id: 'a', name: 'Org a' }] });
  });

  it('aliases one get per id otherwise', () => {
    const q = build(GET_MANY, 'Program', { ids: ['p1', 'p2'] });
    expectValid(q.query);
    expect(q.variables).toEqual({ id0: 'p1', id1: 'p2' });
    const data = { r0: { id: 'p1', __typename: 'Program' }, r1: { id: 'p2', __typename: 'Program' } };
    expect(q.parseResponse(answer(data))).toEqual({ data: [{ id: 'p1' }, { id: 'p2' }] });
  });

  it('reads one record', () => {
    const q = build(GET_ONE, 'PartnerAgreement', { id: 7 });
    expectValid(q.query);
    expect(q.variables).toEqual({ id: '7' });
    const parties = [{ id: 'o', name: 'O', acronym: null, __typename: 'Organization' }];
    expect(q.parseResponse(answer({ data: { id: '7', parties, __typename: 'PartnerAgreement' } }))).toEqual({
      data: { id: '7', parties: [{ id: 'o', name: 'O', acronym: null }] },
    });
  });
});

describe('buildQuery: writes', () => {
  it('creates with only the fields the input declares, leaving out empty ones', () => {
    const q = build(CREATE, 'Organization', {
      data: { id: 'new', name: 'Fundación', kind: 'NGO', country: 'EC', city: '', notes: null, agreementCount: 3, createdAt: 'x' },
    });
    expectValid(q.query);
    expect(q.variables).toEqual({ input: { id: 'new', name: 'Fundación', kind: 'NGO', country: 'EC' } });
  });

  it('updates with the version read and only what changed; a cleared field is null', () => {
    const previousData = { id: 'o1', version: 4, name: 'A', city: 'Quito', phone: '1', agreementCount: 2 };
    const q = build(UPDATE, 'Organization', {
      id: 'o1',
      data: { ...previousData, name: 'B', city: '', agreementCount: 9, version: 5 },
      previousData,
    });
    expectValid(q.query);
    expect(q.variables).toEqual({ input: { id: 'o1', version: 4, name: 'B', city: null } });
  });

  it('deletes with the version read and answers the previous record', () => {
    const previousData = { id: 'o1', version: 4, name: 'A' };
    const q = build(DELETE, 'Organization', { id: 'o1', previousData });
    expectValid(q.query);
    expect(q.variables).toEqual({ id: 'o1', version: 4 });
    expect(q.parseResponse(answer({ data: { id: 'o1', __typename: 'DeletedRecord' } }))).toEqual({ data: previousData });
  });

  it('has no bulk writes: each needs the version the user read', () => {
    expect(() => build(UPDATE_MANY, 'Organization', { ids: ['a'], data: {} })).toThrow(/not supported/);
  });

  it('knows only the resources it was given', () => {
    expect(() => build(GET_ONE, 'User', { id: 'admin' })).toThrow(/Unknown resource/);
  });
});
