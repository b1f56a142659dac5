import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity, onlyError, type GqlResult } from '#test/harness';

const ORG_FIELDS = 'id name acronym kind country province city contactPerson email phone notes agreementCount version createdAt updatedAt';
const CREATE = `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganizationInput!) { updateOrganization(input: $input) { ${ORG_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deleteOrganization(id: $id, version: $version) { id } }';
const GET = `query($id: ID!) { organization(id: $id) { ${ORG_FIELDS} } }`;
const LIST = `query($filter: OrganizationFilter, $sort: OrganizationSort, $first: Int, $after: String) {
  organizations(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { id name kind email } pageInfo { hasNextPage endCursor } } }`;
const AUDIT =
  'query($id: ID!) { auditEvents(entityType: "Organization", entityId: $id) { nodes { action actor actorRole versionBefore versionAfter } } }';

const staff = identity('staff', 'org-x');
const admin = identity('admin', 'org-x');

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
});
afterAll(() => api.stop());

const input = (over: Record<string, unknown> = {}) => ({
  name: 'Fundación Quimera',
  kind: 'NGO',
  country: 'ec',
  city: 'Machala',
  email: 'info@quimera.example',
  ...over,
});

async function create(over: Record<string, unknown> = {}) {
  const r = await api.gql(staff, CREATE, { input: input(over) });
  expect(r.errors).toBeUndefined();
  return r.data!.createOrganization;
}

async function auditOf(id: string) {
  const r = await api.gql(admin, AUDIT, { id });
  return r.data!.auditEvents.nodes;
}

describe('organizations', () => {
  it('creates, reads, updates and deletes, with one audit event per change', async () => {
    const org = await create();
    expect(org).toMatchObject({ name: 'Fundación Quimera', country: 'EC', version: 1, agreementCount: 0, email: 'info@quimera.example' });
    expect((await api.gql(staff, GET, { id: org.id })).data!.organization.name).toBe('Fundación Quimera');

    const updated = await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, name: 'Fundación Quimera (Machala)', email: null } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateOrganization).toMatchObject({
      version: 2,
      name: 'Fundación Quimera (Machala)',
      email: null,
      city: 'Machala',
    });
    expect((await api.gql(staff, GET, { id: org.id })).data!.organization).toMatchObject({ version: 2, email: null });

    expect((await api.gql(staff, DELETE, { id: org.id, version: 2 })).data!.deleteOrganization.id).toBe(org.id);
    expect(onlyError(await api.gql(staff, GET, { id: org.id })).extensions!.code).toBe('NOT_FOUND');
    expect(await auditOf(org.id)).toEqual([
      { action: 'DELETE', actor: 'staff', actorRole: 'STAFF', versionBefore: 2, versionAfter: null },
      { action: 'UPDATE', actor: 'staff', actorRole: 'STAFF', versionBefore: 1, versionAfter: 2 },
      { action: 'CREATE', actor: 'staff', actorRole: 'STAFF', versionBefore: null, versionAfter: 1 },
    ]);
  });

  it('a retried create with the same id returns the first record instead of a duplicate', async () => {
    const id = randomUUID();
    const first = await create({ id, name: 'Retry Foundation' });
    const again = await api.gql(staff, CREATE, { input: input({ id, name: 'Retry Foundation' }) });
    expect(again.data!.createOrganization.id).toBe(first.id);
    expect(await auditOf(id)).toHaveLength(1);
    // Someone else reusing the id is a conflict, not a silent overwrite.
    const other = await api.gql(identity('admin', null, 'someone'), CREATE, { input: input({ id }) });
    expect(onlyError(other).extensions!.code).toBe('CONFLICT');
  });

  it.each([
    ['empty name', { name: '   ' }, 'input.name', 'validation.required'],
    ['10,000-character name', { name: 'x'.repeat(10_000) }, 'input.name', 'validation.too_long'],
    ['bad e-mail', { email: 'not-an-email' }, 'input.email', 'validation.invalid_email'],
    ['bad country', { country: 'Ecuador' }, 'input.country', 'validation.invalid_country'],
  ])('rejects %s with BAD_USER_INPUT on the field and writes nothing', async (_, over, path, key) => {
    const id = randomUUID();
    const r = await api.gql(staff, CREATE, { input: input({ id, ...over }) });
    const e = onlyError(r);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(e.extensions!.fields).toContainEqual(expect.objectContaining({ path, key }));
    expect(r.requests).toBe(0);
    expect(onlyError(await api.gql(staff, GET, { id })).extensions!.code).toBe('NOT_FOUND');
    expect(await auditOf(id)).toHaveLength(0);
  });

  it('rejects an unknown enum value before any resolver runs', async () => {
    const r = await api.gql(staff, CREATE, { input: input({ kind: 'SPACESHIP' }) });
    expect(onlyError(r).extensions!.code).toBe('BAD_USER_INPUT');
    expect(r.requests).toBe(0);
  });

  it('a stale version is a CONFLICT and changes nothing', async () => {
    const org = await create({ name: 'Stale Test' });
    await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, city: 'Quito' } });
    const stale = await api.gql(staff, UPDATE, { input: { id: org.id, version: 1, city: 'Cuenca' } });
    expect(onlyError(stale).extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION', currentVersion: 2 });
    const staleDelete = await api.gql(staff, DELETE, { id: org.id, version: 1 });
    expect(onlyError(staleDelete).extensions!.code).toBe('CONFLICT');
    expect((await api.gql(staff, GET, { id: org.id })).data!.organization).toMatchObject({ city: 'Quito', version: 2 });
    expect(await auditOf(org.id)).toHaveLength(2);
  });

  it('two concurrent edits of the same version: exactly one wins, the other gets CONFLICT', async () => {
    const org = await create({ name: 'Race Test' });
    const results = await Promise.all(
      ['Quito', 'Cuenca', 'Loja', 'Ambato'].map((city) => api.gql(staff, UPDATE, { input: { id: org.id, version: 1, city } })),
    );
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT')).toHaveLength(3);
    const stored = (await api.gql(staff, GET, { id: org.id })).data!.organization;
    expect(stored).toMatchObject({ version: 2, city: won[0]!.data!.updateOrganization.city });
    expect(await auditOf(org.id)).toHaveLength(2);
  });

  it('partners, donors and case workers cannot write; nothing is written', async () => {
    for (const role of ['partner', 'donor', 'caseworker'] as const) {
      const id = randomUUID();
      const r = await api.gql(identity(role, 'org-x'), CREATE, { input: input({ id }) });
      expect(onlyError(r).extensions!.code).toBe('FORBIDDEN');
      expect(r.requests).toBe(0);
      expect(onlyError(await api.gql(staff, GET, { id })).extensions!.code).toBe('NOT_FOUND');
    }
    const org = await create({ name: 'Partner Edit Target' });
    const r = await api.gql(identity('partner', org.id), UPDATE, { input: { id: org.id, version: 1, name: 'Hacked' } });
    expect(onlyError(r).extensions!.code).toBe('FORBIDDEN');
    expect((await api.gql(staff, GET, { id: org.id })).data!.organization.name).toBe('Partner Edit Target');
  });

  it('contact data: hidden from donors and from partners of other organizations', async () => {
    const org = await create({ name: 'Contact Data Org', contactPerson: 'María Pérez', phone: '+593 99 000 0000' });
    const read = async (who: ReturnType<typeof identity>) => (await api.gql(who, GET, { id: org.id })).data!.organization;
    expect(await read(staff)).toMatchObject({ contactPerson: 'María Pérez', email: 'info@quimera.example' });
    expect(await read(identity('caseworker', 'org-y'))).toMatchObject({ contactPerson: 'María Pérez' });
    expect(await read(identity('partner', org.id))).toMatchObject({ contactPerson: 'María Pérez', phone: '+593 99 000 0000' });
    expect(await read(identity('partner', 'another-org'))).toMatchObject({
      name: 'Contact Data Org',
      contactPerson: null,
      email: null,
      phone: null,
    });
    expect(await read(identity('donor', org.id))).toMatchObject({
      name: 'Contact Data Org',
      contactPerson: null,
      email: null,
      phone: null,
    });
  });
});

describe('organization list', () => {
  const names = ['Ñandú Ayuda', 'Ayuda en Acción', 'Álamo Refugio', 'Banco Andino', 'Acción Joven'];
  let ids: string[];
  let local: Awaited<ReturnType<typeof connectedApi>>;
  beforeAll(async () => {
    local = await connectedApi(); // its own table, so the list holds only these
    ids = [];
    for (const [i, name] of names.entries()) {
      const r = await local.gql(staff, CREATE, { input: input({ name, kind: i % 2 ? 'SHELTER' : 'NGO' }) });
      ids.push(r.data!.createOrganization.id);
    }
  });
  afterAll(() => local.stop());
  const list = async (vars: Record<string, unknown>) => (await local.gql(staff, LIST, vars)).data!.organizations;

  it('sorts by name ignoring case and accents, both ways', async () => {
    expect((await list({})).nodes.map((n: any) => n.name)).toEqual([
      'Acción Joven',
      'Álamo Refugio',
      'Ayuda en Acción',
      'Banco Andino',
      'Ñandú Ayuda',
    ]);
    expect((await list({ sort: { field: 'NAME', order: 'DESC' } })).nodes[0].name).toBe('Ñandú Ayuda');
  });

  it('filters by kind and by name prefix, alone or together', async () => {
    expect((await list({ filter: { kind: 'SHELTER' } })).nodes.map((n: any) => n.name)).toEqual(['Ayuda en Acción', 'Banco Andino']);
    expect((await list({ filter: { q: 'ala' } })).nodes.map((n: any) => n.name)).toEqual(['Álamo Refugio']);
    expect((await list({ filter: { q: 'a', kind: 'NGO' } })).nodes.map((n: any) => n.name)).toEqual(['Acción Joven', 'Álamo Refugio']);
  });

  it('pages with cursors without gaps or repeats, one DynamoDB request a page', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r: GqlResult = await local.gql(staff, LIST, { first: 2, after });
      expect(r.requests).toBe(1);
      const page: { nodes: { id: string }[]; pageInfo: { endCursor: string | null; hasNextPage: boolean } } = r.data!.organizations;
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) break;
    }
    expect(new Set(seen)).toEqual(new Set(ids));
    expect(seen).toHaveLength(ids.length);
  });

  it('rejects a page size over 100 and a forged cursor as BAD_USER_INPUT', async () => {
    expect(onlyError(await local.gql(staff, LIST, { first: 1000 })).extensions!.code).toBe('BAD_USER_INPUT');
    expect(onlyError(await local.gql(staff, LIST, { after: 'not-a-cursor' })).extensions!.code).toBe('BAD_USER_INPUT');
  });
});
