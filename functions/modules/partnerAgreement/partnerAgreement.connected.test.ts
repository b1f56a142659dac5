import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity, onlyError } from '#test/harness';

const AGR_FIELDS =
  'id kind title partyIds parties { id name email } signedOn startDate endDate status value currency purpose objectiveCodes version';
const CREATE = `mutation($input: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $input) { ${AGR_FIELDS} } }`;
const UPDATE = `mutation($input: UpdatePartnerAgreementInput!) { updatePartnerAgreement(input: $input) { ${AGR_FIELDS} } }`;
const DELETE = 'mutation($id: ID!, $version: Int!) { deletePartnerAgreement(id: $id, version: $version) { id } }';
const GET = `query($id: ID!) { partnerAgreement(id: $id) { ${AGR_FIELDS} } }`;
const LIST = `query($filter: PartnerAgreementFilter, $sort: PartnerAgreementSort, $first: Int, $after: String) {
  partnerAgreements(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { id title status startDate parties { id name } } pageInfo { hasNextPage endCursor } } }`;
const ORG = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const COUNT = 'query($id: ID!) { organization(id: $id) { agreementCount } }';
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "PartnerAgreement", entityId: $id) { nodes { action } } }';

const staff = identity('staff', 'org-staff');
const TODAY = new Date('2026-11-28T12:00:00Z');

let api: Awaited<ReturnType<typeof connectedApi>>;
let iom: string, fnj: string, quimera: string, usaid: string;

beforeAll(async () => {
  api = await connectedApi();
  const org = async (name: string, kind: string) =>
    (await api.gql(staff, ORG, { input: { name, kind, country: 'EC' } })).data!.createOrganization.id as string;
  iom = await org('OIM Ecuador', 'INTERNATIONAL_ORGANIZATION');
  fnj = await org('Fundación Nuestros Jóvenes', 'NGO');
  quimera = await org('Fundación Quimera', 'NGO');
  usaid = await org('USAID', 'DONOR');
});
afterAll(() => api.stop());

const input = (over: Record<string, unknown> = {}) => ({
  kind: 'MOU',
  title: 'Albergue piloto',
  partyIds: [iom, fnj],
  startDate: '2007-06-01',
  endDate: '2030-03-31',
  status: 'ACTIVE',
  value: 1_500_000,
  currency: 'usd',
  objectiveCodes: ['5', '6.2'],
  ...over,
});
const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => api.gql(who, q, v, TODAY);
const count = async (id: string) => (await gql(staff, COUNT, { id })).data!.organization.agreementCount as number;

async function create(over: Record<string, unknown> = {}) {
  const r = await gql(staff, CREATE, { input: input(over) });
  expect(r.errors).toBeUndefined();
  return r.data!.createPartnerAgreement;
}

describe('partner agreements', () => {
  it('creates an agreement between organizations and keeps party counts exact through update and delete', async () => {
    // The real clock here, so the three audit events get distinct times and a stable order.
    const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => api.gql(who, q, v);
    const before = [await count(iom), await count(fnj), await count(quimera)];
    const a = (await gql(staff, CREATE, { input: input() })).data!.createPartnerAgreement;
    expect(a).toMatchObject({ kind: 'MOU', currency: 'USD', status: 'ACTIVE', version: 1, objectiveCodes: ['5', '6.2'] });
    expect(a.parties.map((p: any) => p.id)).toEqual([iom, fnj]);
    expect([await count(iom), await count(fnj)]).toEqual([before[0]! + 1, before[1]! + 1]);

    const u = await gql(staff, UPDATE, { input: { id: a.id, version: 1, partyIds: [iom, quimera], value: null, currency: null } });
    expect(u.errors).toBeUndefined();
    expect(u.data!.updatePartnerAgreement).toMatchObject({ version: 2, partyIds: [iom, quimera], value: null });
    expect([await count(iom), await count(fnj), await count(quimera)]).toEqual([before[0]! + 1, before[1]!, before[2]! + 1]);
    // The party copies moved too: FNJ's list no longer has it, Quimera's has it with the new version.
    const mine = async (org: string) => (await gql(identity('partner', org), LIST, {})).data!.partnerAgreements.nodes.map((n: any) => n.id);
    expect(await mine(fnj)).not.toContain(a.id);
    expect(await mine(quimera)).toContain(a.id);

    expect((await gql(staff, DELETE, { id: a.id, version: 2 })).errors).toBeUndefined();
    expect([await count(iom), await count(fnj), await count(quimera)]).toEqual(before);
    expect(await mine(quimera)).not.toContain(a.id);
    expect((await gql(identity('admin'), AUDIT, { id: a.id })).data!.auditEvents.nodes.map((n: any) => n.action)).toEqual([
      'DELETE',
      'UPDATE',
      'CREATE',
    ]);
  });

  it('derives EXPIRED from the end date and never accepts it as input', async () => {
    const a = await create({ endDate: '2009-03-31' });
    expect(a.status).toBe('EXPIRED');
    const r = await gql(staff, CREATE, { input: input({ status: 'EXPIRED' }) });
    expect(onlyError(r).extensions!.fields).toContainEqual(
      expect.objectContaining({ path: 'input.status', key: 'validation.expired_is_derived' }),
    );
  });

  it.each([
    ['one party', () => ({ partyIds: [iom] }), 'input.partyIds', 'validation.parties_min'],
    ['the same party twice', () => ({ partyIds: [iom, iom] }), 'input.partyIds', 'validation.parties_distinct'],
    ['an end before the start', () => ({ endDate: '2006-01-01' }), 'input.endDate', 'validation.end_before_start'],
    ['a value without currency', () => ({ currency: null }), 'input.currency', 'validation.currency_required'],
    ['a negative value', () => ({ value: -5 }), 'input.value', 'validation.not_negative'],
    ['an unknown party', () => ({ partyIds: [iom, 'no-such-org'] }), 'input.partyIds.1', 'validation.unknown_party'],
  ])('rejects %s: typed error, nothing written, counts and audit untouched', async (_, over, path, key) => {
    const id = randomUUID();
    const counts = [await count(iom), await count(fnj)];
    const r = await gql(staff, CREATE, { input: input({ id, ...over() }) });
    const e = onlyError(r);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(e.extensions!.fields).toContainEqual(expect.objectContaining({ path, key }));
    expect(onlyError(await gql(staff, GET, { id })).extensions!.code).toBe('NOT_FOUND');
    expect([await count(iom), await count(fnj)]).toEqual(counts);
    expect((await gql(identity('admin'), AUDIT, { id })).data!.auditEvents.nodes).toEqual([]);
  });

  it('an update that would put the end before the stored start is rejected', async () => {
    const a = await create({ startDate: '2008-01-01', endDate: null });
    const r = await gql(staff, UPDATE, { input: { id: a.id, version: 1, endDate: '2007-12-31' } });
    expect(onlyError(r).extensions!.fields).toContainEqual(
      expect.objectContaining({ path: 'input.endDate', key: 'validation.end_before_start' }),
    );
    expect((await gql(staff, GET, { id: a.id })).data!.partnerAgreement).toMatchObject({ version: 1, endDate: null });
  });

  it('a stale version is a CONFLICT and leaves record, copies and counts as they were', async () => {
    const a = await create();
    await gql(staff, UPDATE, { input: { id: a.id, version: 1, title: 'Segunda versión' } });
    const counts = [await count(iom), await count(fnj), await count(quimera)];
    const r = await gql(staff, UPDATE, { input: { id: a.id, version: 1, partyIds: [iom, quimera] } });
    expect(onlyError(r).extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect([await count(iom), await count(fnj), await count(quimera)]).toEqual(counts);
    expect((await gql(staff, GET, { id: a.id })).data!.partnerAgreement).toMatchObject({ title: 'Segunda versión', partyIds: [iom, fnj] });
  });

  it('partners see only agreements of their organization; others read as NOT_FOUND', async () => {
    const mine = await create({ title: 'FNJ agreement', partyIds: [iom, fnj] });
    const theirs = await create({ title: 'Quimera agreement', partyIds: [iom, quimera] });
    const partner = identity('partner', fnj);
    const list = (await gql(partner, LIST, { first: 100 })).data!.partnerAgreements.nodes;
    expect(list.map((n: any) => n.id)).toContain(mine.id);
    expect(list.every((n: any) => n.parties.some((p: any) => p.id === fnj))).toBe(true);
    // Asking for another organization's list returns nothing rather than someone else's records.
    expect((await gql(partner, LIST, { filter: { organizationId: quimera } })).data!.partnerAgreements.nodes).toEqual([]);
    expect(onlyError(await gql(partner, GET, { id: theirs.id })).extensions!.code).toBe('NOT_FOUND');
    expect((await gql(partner, GET, { id: mine.id })).data!.partnerAgreement.title).toBe('FNJ agreement');
    // Contact data of the other party stays hidden, its own is visible.
    const parties = (await gql(partner, GET, { id: mine.id })).data!.partnerAgreement.parties;
    expect(parties.find((p: any) => p.id === iom).email).toBeNull();
    expect(onlyError(await gql(partner, UPDATE, { input: { id: mine.id, version: 1, title: 'x' } })).extensions!.code).toBe('FORBIDDEN');
    expect(onlyError(await gql(partner, DELETE, { id: mine.id, version: 1 })).extensions!.code).toBe('FORBIDDEN');
  });

  it('donors see the agreements their organization signed, nothing else', async () => {
    const funded = await create({ title: 'Cooperative Agreement 518', kind: 'COOPERATIVE_AGREEMENT', partyIds: [usaid, iom] });
    const donor = identity('donor', usaid);
    const nodes = (await gql(donor, LIST, { first: 100 })).data!.partnerAgreements.nodes;
    expect(nodes.map((n: any) => n.id)).toEqual([funded.id]);
    expect(onlyError(await gql(identity('donor', null), GET, { id: funded.id })).extensions!.code).toBe('NOT_FOUND');
  });

  it('a retried create with the same id does not duplicate or double-count', async () => {
    const id = randomUUID();
    await create({ id });
    const counts = [await count(iom), await count(fnj)];
    const again = await gql(staff, CREATE, { input: input({ id }) });
    expect(again.data!.createPartnerAgreement.id).toBe(id);
    expect([await count(iom), await count(fnj)]).toEqual(counts);
  });
});

describe('agreement list', () => {
  let local: Awaited<ReturnType<typeof connectedApi>>;
  const orgs: string[] = [];
  beforeAll(async () => {
    local = await connectedApi();
    for (const name of ['Alfa', 'Beta', 'Gamma']) {
      orgs.push((await local.gql(staff, ORG, { input: { name, kind: 'NGO', country: 'EC' } })).data!.createOrganization.id);
    }
    const rows = [
      {
        title: 'Zeta acuerdo',
        kind: 'MOU',
        startDate: '2007-01-10',
        endDate: '2008-01-01',
        status: 'ACTIVE',
        partyIds: [orgs[0], orgs[1]],
      },
      {
        title: 'Alfa convenio',
        kind: 'CONTRACT',
        startDate: '2008-05-01',
        endDate: '2030-01-01',
        status: 'ACTIVE',
        partyIds: [orgs[0], orgs[2]],
      },
      { title: 'Épsilon carta', kind: 'LETTER_OF_INTENT', startDate: '2009-02-01', status: 'DRAFT', partyIds: [orgs[1], orgs[2]] },
      {
        title: 'Delta contrato',
        kind: 'CONTRACT',
        startDate: '2006-10-01',
        endDate: '2009-07-31',
        status: 'TERMINATED',
        partyIds: [orgs[0], orgs[1], orgs[2]],
      },
    ];
    for (const r of rows) {
      const res = await local.gql(staff, CREATE, { input: { ...r, objectiveCodes: [] } });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => local.stop());
  const titles = async (vars: Record<string, unknown>) => {
    const r = await local.gql(staff, LIST, vars, TODAY);
    expect(r.errors).toBeUndefined();
    return r.data!.partnerAgreements.nodes.map((n: any) => n.title);
  };

  it('sorts by start date (newest first by default) and by title', async () => {
    expect(await titles({})).toEqual(['Épsilon carta', 'Alfa convenio', 'Zeta acuerdo', 'Delta contrato']);
    expect(await titles({ sort: { field: 'START_DATE', order: 'ASC' } })).toEqual([
      'Delta contrato',
      'Zeta acuerdo',
      'Alfa convenio',
      'Épsilon carta',
    ]);
    expect(await titles({ sort: { field: 'TITLE', order: 'ASC' } })).toEqual([
      'Alfa convenio',
      'Delta contrato',
      'Épsilon carta',
      'Zeta acuerdo',
    ]);
  });

  it('filters by organization, kind, derived status and start-date range, combined', async () => {
    expect(await titles({ filter: { organizationId: orgs[2] } })).toEqual(['Épsilon carta', 'Alfa convenio', 'Delta contrato']);
    expect(await titles({ filter: { kind: 'CONTRACT' } })).toEqual(['Alfa convenio', 'Delta contrato']);
    expect(await titles({ filter: { status: 'EXPIRED' } })).toEqual(['Zeta acuerdo']);
    expect(await titles({ filter: { status: 'ACTIVE' } })).toEqual(['Alfa convenio']);
    expect(await titles({ filter: { startFrom: '2007-01-10', startTo: '2008-05-01' } })).toEqual(['Alfa convenio', 'Zeta acuerdo']);
    expect(await titles({ filter: { organizationId: orgs[0], kind: 'CONTRACT', startTo: '2007-12-31' } })).toEqual(['Delta contrato']);
    expect(await titles({ filter: { kind: 'CONTRACT', status: 'TERMINATED' } })).toEqual(['Delta contrato']);
    expect(await titles({ filter: { q: 'epsi' } })).toEqual(['Épsilon carta']);
  });

  it('refuses combinations no index serves, naming the fields', async () => {
    const e1 = onlyError(await local.gql(staff, LIST, { filter: { q: 'a', kind: 'MOU' } }));
    expect(e1.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'filter.kind' })] });
    const e2 = onlyError(await local.gql(staff, LIST, { filter: { kind: 'MOU' }, sort: { field: 'TITLE', order: 'ASC' } }));
    expect(e2.extensions!.code).toBe('BAD_USER_INPUT');
    const e3 = onlyError(await local.gql(staff, LIST, { filter: { startFrom: '2009-01-01', startTo: '2008-01-01' } }));
    expect(e3.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('costs at most two DynamoDB requests for a page with parties (query + one batch get)', async () => {
    const r = await local.gql(staff, LIST, { first: 25 });
    expect(r.data!.partnerAgreements.nodes[0].parties.length).toBeGreaterThan(0);
    expect(r.requests).toBe(2);
    const byOrg = await local.gql(identity('partner', orgs[0]), LIST, { first: 25 });
    expect(byOrg.requests).toBe(2);
  });
});
