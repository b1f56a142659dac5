import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity, onlyError, type GqlResult } from '#test/harness';

// Issue 9, items 1 and 2: organizations found by any word of name or acronym; one name, one organization.
const CREATE = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id name version } }';
const UPDATE = 'mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { id name acronym version } }';
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) { id } }';
const LIST = `query($filter: OrganizationFilter, $sort: OrganizationSort, $first: Int, $after: String) {
  organizations(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }`;
const NAMED = 'query($names: [String!]!) { organizationsNamed(names: $names) { id name } }';
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Organization", entityId: $id) { nodes { action } } }';

const staff = identity('staff', 'org-x');

let api: Awaited<ReturnType<typeof connectedApi>>;
const ids: Record<string, string> = {};
const seed: [string, string | null, string][] = [
  ['Organización Internacional para las Migraciones — Ecuador', 'OIM', 'INTERNATIONAL_ORGANIZATION'],
  ['Fundación Nuestros Jóvenes', 'FNJ', 'NGO'],
  ['Fundación Quimera', 'FQ', 'NGO'],
  ['Casa Nuestra Nuestros Hijos', null, 'SHELTER'],
  ['Congregación de las Hermanas Adoratrices', 'Adoratrices', 'SHELTER'],
  ['Dirección Nacional de Policía Especializada para Niños, Niñas y Adolescentes', 'DINAPEN', 'POLICE'],
  ['Fundación Esperanza', null, 'NGO'],
  ['Fundación Esquel', null, 'NGO'],
];

beforeAll(async () => {
  api = await connectedApi();
  for (const [name, acronym, kind] of seed) {
    const r = await api.gql(staff, CREATE, { input: { name, acronym, kind, country: 'EC' } });
    expect(r.errors).toBeUndefined();
    ids[name] = r.data!.createOrganization.id;
  }
});
afterAll(() => api.stop());

const names = async (filter: Record<string, unknown>, first = 25) => {
  const r = await api.gql(staff, LIST, { filter, first });
  expect(r.errors).toBeUndefined();
  return r.data!.organizations.nodes.map((n: { name: string }) => n.name);
};

describe('organization search', () => {
  it('finds any word of the name or the acronym, ignoring accents and case', async () => {
    expect(await names({ q: 'Quimera' })).toEqual(['Fundación Quimera']);
    expect(await names({ q: 'jovenes' })).toEqual(['Fundación Nuestros Jóvenes']);
    expect(await names({ q: 'FNJ' })).toEqual(['Fundación Nuestros Jóvenes']);
    expect(await names({ q: 'oim' })).toEqual(['Organización Internacional para las Migraciones — Ecuador']);
    expect(await names({ q: 'NIÑAS' })).toEqual(['Dirección Nacional de Policía Especializada para Niños, Niñas y Adolescentes']);
    expect(await names({ q: 'migra' })).toEqual(['Organización Internacional para las Migraciones — Ecuador']);
    expect(await names({ q: 'Fundación' })).toEqual([
      'Fundación Esperanza',
      'Fundación Esquel',
      'Fundación Nuestros Jóvenes',
      'Fundación Quimera',
    ]);
  });

  it('returns a record matched by two of its words once, on every page', async () => {
    // "nuestr" starts both "nuestra" and "nuestros" of the same organization.
    expect(await names({ q: 'nuestr' })).toEqual(['Casa Nuestra Nuestros Hijos', 'Fundación Nuestros Jóvenes']);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const r: GqlResult = await api.gql(staff, LIST, { filter: { q: 'nuestr' }, first: 1, after });
      seen.push(...r.data!.organizations.nodes.map((n: { name: string }) => n.name));
      after = r.data!.organizations.pageInfo.endCursor;
    } while (after);
    expect(seen).toEqual(['Casa Nuestra Nuestros Hijos', 'Fundación Nuestros Jóvenes']);
  });

  it('several words: each must start a word of the name, in any order', async () => {
    expect(await names({ q: 'nuestros fund' })).toEqual(['Fundación Nuestros Jóvenes']);
    expect(await names({ q: 'hermanas de las' })).toEqual(['Congregación de las Hermanas Adoratrices']);
    expect(await names({ q: 'quimera jovenes' })).toEqual([]);
  });

  it('combines with the kind filter, and falls back to the whole-name prefix for stop words alone', async () => {
    expect(await names({ q: 'nuestr', kind: 'SHELTER' })).toEqual(['Casa Nuestra Nuestros Hijos']);
    expect(await names({ q: 'adoratrices', kind: 'NGO' })).toEqual([]);
    expect(await names({ q: 'de' })).toEqual([]);
  });

  it('a search page costs two DynamoDB requests: the word Query and one BatchGetItem', async () => {
    const r = await api.gql(staff, LIST, { filter: { q: 'fundacion' }, first: 25 });
    expect(r.data!.organizations.nodes).toHaveLength(4);
    expect(r.requests).toBe(2);
    const page = await api.gql(staff, LIST, { filter: { q: 'fundacion' }, first: 2 });
    expect(page.requests).toBe(2);
    // A cursor of one search does not open another search's pages.
    const other = await api.gql(staff, LIST, { filter: { q: 'esperanza' }, first: 2, after: page.data!.organizations.pageInfo.endCursor });
    expect(onlyError(other).extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('follows renames and deletes in the same transaction', async () => {
    const org = (await api.gql(staff, CREATE, { input: { name: 'Albergue Temporal Sur', kind: 'SHELTER', country: 'EC' } })).data!
      .createOrganization;
    expect(await names({ q: 'temporal' })).toEqual(['Albergue Temporal Sur']);
    const u = await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, name: 'Albergue Norte', acronym: 'AN' } });
    expect(u.errors).toBeUndefined();
    expect(await names({ q: 'temporal' })).toEqual([]);
    expect(await names({ q: 'norte' })).toEqual(['Albergue Norte']);
    expect(await names({ q: 'AN' })).toEqual(['Albergue Norte']);
    expect((await api.gql(staff, DELETE, { id: org.id, version: 2 })).errors).toBeUndefined();
    expect(await names({ q: 'albergue' })).toEqual([]);
  });
});

describe('one name, one organization', () => {
  it('tells which organizations have the names given, ignoring case, accents and punctuation', async () => {
    const r = await api.gql(staff, NAMED, { names: ['fundacion quimera', 'FUNDACIÓN  QUIMERA.', 'Fundación Quimeras', ''] });
    expect(r.errors).toBeUndefined();
    expect(r.data!.organizationsNamed).toEqual([
      { id: ids['Fundación Quimera'], name: 'Fundación Quimera' },
      { id: ids['Fundación Quimera'], name: 'Fundación Quimera' },
      null,
      null,
    ]);
    expect(r.requests).toBe(2);
    const many = await api.gql(staff, NAMED, { names: Array.from({ length: 101 }, (_, i) => `n${i}`) });
    expect(onlyError(many).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('refuses a second organization with the same name as CONFLICT NAME_TAKEN, naming the first; nothing written', async () => {
    const id = randomUUID();
    const r = await api.gql(staff, CREATE, { input: { id, name: 'fundacion QUIMERA', kind: 'NGO', country: 'EC' } });
    expect(onlyError(r).extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'NAME_TAKEN',
      existingId: ids['Fundación Quimera'],
      fields: [expect.objectContaining({ path: 'input.name', key: 'validation.name_taken' })],
    });
    expect((await api.gql(identity('admin'), AUDIT, { id })).data!.auditEvents.nodes).toEqual([]);
    expect(await names({ q: 'quimera' })).toEqual(['Fundación Quimera']);
  });

  it('refuses a rename to another organization name; a rename frees the old name', async () => {
    const org = (await api.gql(staff, CREATE, { input: { name: 'Fundación Renombrar', kind: 'NGO', country: 'EC' } })).data!
      .createOrganization;
    const taken = await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, name: 'Fundación Esquel' } });
    expect(onlyError(taken).extensions).toMatchObject({ code: 'CONFLICT', reason: 'NAME_TAKEN', existingId: ids['Fundación Esquel'] });
    // Another spelling of its own name is no conflict.
    expect((await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, name: 'FUNDACIÓN RENOMBRAR' } })).errors).toBeUndefined();
    expect((await api.gql(staff, UPDATE, { input: { id: org.id, version: 2, name: 'Fundación Renombrada' } })).errors).toBeUndefined();
    const again = await api.gql(staff, CREATE, { input: { name: 'Fundación Renombrar', kind: 'NGO', country: 'EC' } });
    expect(again.errors).toBeUndefined();
    const gone = again.data!.createOrganization;
    expect((await api.gql(staff, DELETE, { id: gone.id, version: 1 })).errors).toBeUndefined();
    expect((await api.gql(staff, NAMED, { names: ['Fundación Renombrar'] })).data!.organizationsNamed).toEqual([null]);
  });

  it('two people creating the same organization at once: exactly one is created', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => api.gql(staff, CREATE, { input: { name: 'Fundación Simultánea', kind: 'NGO', country: 'EC' } })),
    );
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(2);
    expect(await names({ q: 'simultanea' })).toEqual(['Fundación Simultánea']);
  });
});
