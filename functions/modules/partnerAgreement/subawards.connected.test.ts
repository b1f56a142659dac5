import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity, onlyError } from '#test/harness';

// Issue 9, items 1 and 11: agreements found by any word of the title; donors see the sub-awards of their programs.
const ORG = 'mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }';
const PROGRAM = 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }';
const CREATE = 'mutation($input: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $input) { id version } }';
const UPDATE = 'mutation($input: UpdatePartnerAgreementInput!) { updatePartnerAgreement(input: $input) { id version programId } }';
const GET = 'query($id: ID!) { partnerAgreement(id: $id) { id title parties { id name contactPerson email phone } } }';
const LIST = `query($filter: PartnerAgreementFilter, $sort: PartnerAgreementSort, $first: Int, $after: String) {
  partnerAgreements(filter: $filter, sort: $sort, first: $first, after: $after) {
    nodes { id title parties { id } } pageInfo { hasNextPage endCursor } } }`;
const TITLES = `query($filter: PartnerAgreementFilter, $sort: PartnerAgreementSort, $first: Int, $after: String) {
  partnerAgreements(filter: $filter, sort: $sort, first: $first, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } } }`;

const staff = identity('staff', 'org-staff');
const TODAY = new Date('2026-11-28T12:00:00Z');
let api: Awaited<ReturnType<typeof connectedApi>>;
const org: Record<string, string> = {};
const agr: Record<string, string> = {};
let donor: ReturnType<typeof identity>;
let partner: ReturnType<typeof identity>;

const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => api.gql(who, q, v, TODAY);
async function ok(who: ReturnType<typeof identity>, q: string, v: Record<string, unknown>) {
  const r = await gql(who, q, v);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data!)[0] as Record<string, any>;
}
const titles = async (who: ReturnType<typeof identity>, filter: Record<string, unknown> = {}, sort?: unknown) => {
  const r = await gql(who, TITLES, { filter, sort, first: 100 });
  expect(r.errors).toBeUndefined();
  return r.data!.partnerAgreements.nodes.map((n: { title: string }) => n.title);
};

beforeAll(async () => {
  api = await connectedApi();
  for (const [key, name, kind, email] of [
    ['usaid', 'USAID/Ecuador', 'DONOR', null],
    ['other', 'Otro Donante', 'DONOR', null],
    ['iom', 'Organización Internacional para las Migraciones', 'INTERNATIONAL_ORGANIZATION', 'oim@example.org'],
    ['fnj', 'Fundación Nuestros Jóvenes', 'NGO', 'fnj@example.org'],
    ['quimera', 'Fundación Quimera', 'NGO', 'quimera@example.org'],
    ['cnna', 'Consejo Nacional de la Niñez', 'OTHER', null],
    ['fiscalia', 'Fiscalía Provincial del Azuay', 'PROSECUTOR', null],
  ] as const) {
    org[key] = (await ok(staff, ORG, { input: { name, kind, country: 'EC', email, contactPerson: email ? 'Contacto' : null } })).id;
  }
  for (const [id, donorId] of [
    ['prog-tip', org.usaid],
    ['prog-other', org.other],
  ] as const) {
    await ok(staff, PROGRAM, {
      i: {
        id,
        name: `Program ${id}`,
        country: 'EC',
        donorIds: [donorId],
        implementerId: org.iom,
        startDate: '2006-10-01',
        originalEndDate: '2009-07-31',
        currency: 'USD',
        adminFeeRateBps: 1000,
        originalDeclaredTotal: 80_000_000,
      },
    });
  }
  const rows = [
    ['coop', 'prog-tip', 'Cooperative Agreement 518-A-00-06-00077-00', [org.usaid, org.iom], '2006-10-01', '2009-07-31', 'ACTIVE'],
    [
      'fnj',
      'prog-tip',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
      [org.iom, org.fnj],
      '2007-06-01',
      '2027-01-31',
      'ACTIVE',
    ],
    [
      'quimera',
      'prog-tip',
      'Programa Piloto de Albergue — Fundación Quimera',
      [org.iom, org.quimera],
      '2007-06-02',
      '2026-12-15',
      'ACTIVE',
    ],
    ['cuenca', null, 'Mecanismo conjunto de atención a víctimas en Cuenca', [org.cnna, org.fiscalia], '2008-05-01', null, 'ACTIVE'],
    ['other', 'prog-other', 'Convenio OIM–FNJ del otro programa', [org.iom, org.fnj], '2008-01-01', '2027-02-01', 'ACTIVE'],
    ['letter', null, 'Carta de intención USAID – CNNA', [org.usaid, org.cnna], '2009-01-15', null, 'DRAFT'],
  ] as const;
  for (const [key, programId, title, partyIds, startDate, endDate, status] of rows) {
    agr[key] = (
      await ok(staff, CREATE, { input: { programId, kind: 'MOU', title, partyIds, startDate, endDate, status, objectiveCodes: [] } })
    ).id;
  }
  donor = { ...identity('donor', org.usaid!), programIds: ['prog-tip'] };
  partner = { ...identity('partner', org.fnj!), programIds: ['prog-tip'] };
});
afterAll(() => api.stop());

describe('agreement search', () => {
  it('finds any word of the title, ignoring accents and case, combined with the other filters', async () => {
    expect(await titles(staff, { q: 'Albergue' })).toEqual([
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
      'Programa Piloto de Albergue — Fundación Quimera',
    ]);
    expect(await titles(staff, { q: 'quimera' })).toEqual(['Programa Piloto de Albergue — Fundación Quimera']);
    expect(await titles(staff, { q: 'nuestros' })).toEqual(['Programa Piloto de Albergue — Fundación Nuestros Jóvenes']);
    expect(await titles(staff, { q: 'OIM' })).toEqual(['Convenio OIM–FNJ del otro programa']);
    expect(await titles(staff, { q: 'victimas cuenca' })).toEqual(['Mecanismo conjunto de atención a víctimas en Cuenca']);
    expect(await titles(staff, { q: '518' })).toEqual(['Cooperative Agreement 518-A-00-06-00077-00']);
    expect(await titles(staff, { q: 'albergue', organizationId: org.quimera })).toEqual([
      'Programa Piloto de Albergue — Fundación Quimera',
    ]);
    expect(await titles(staff, { q: 'programa', programId: 'prog-other' })).toEqual(['Convenio OIM–FNJ del otro programa']);
    expect(await titles(staff, { q: 'albergue', status: 'EXPIRED' })).toEqual([]);
    expect(await titles(staff, { q: 'albergue', startFrom: '2007-06-02' })).toEqual(['Programa Piloto de Albergue — Fundación Quimera']);
    expect(await titles(staff, { q: 'carta', kind: 'MOU', status: 'DRAFT' })).toEqual(['Carta de intención USAID – CNNA']);
  });

  it('a search page costs three DynamoDB requests: the word Query, the agreements and their parties', async () => {
    const r = await gql(staff, LIST, { filter: { q: 'albergue' }, first: 25 });
    expect(r.data!.partnerAgreements.nodes).toHaveLength(2);
    expect(r.data!.partnerAgreements.nodes[0].parties).toHaveLength(2);
    expect(r.requests).toBe(3);
  });

  it('a partner searches only its own agreements (it could not search at all before)', async () => {
    expect(await titles(partner, { q: 'albergue' })).toEqual(['Programa Piloto de Albergue — Fundación Nuestros Jóvenes']);
    expect(await titles(partner, { q: 'quimera' })).toEqual([]);
  });
});

describe('donors see the sub-awards of the programs they fund', () => {
  it('a donor lists what its organization signed and the agreements of its programs, nothing else', async () => {
    expect(await titles(donor)).toEqual([
      'Carta de intención USAID – CNNA',
      'Programa Piloto de Albergue — Fundación Quimera',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
      'Cooperative Agreement 518-A-00-06-00077-00',
    ]);
    expect(await titles(donor, {}, { field: 'START_DATE', order: 'ASC' })).toEqual([
      'Cooperative Agreement 518-A-00-06-00077-00',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
      'Programa Piloto de Albergue — Fundación Quimera',
      'Carta de intención USAID – CNNA',
    ]);
    // Pages of one, through the cursor: the same rows, each once.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const r = await gql(donor, TITLES, { first: 1, after });
      paged.push(...r.data!.partnerAgreements.nodes.map((n: { title: string }) => n.title));
      after = r.data!.partnerAgreements.pageInfo.endCursor;
    } while (after);
    expect(paged).toEqual(await titles(donor));
    for (const key of ['fnj', 'quimera', 'coop', 'letter']) expect((await gql(donor, GET, { id: agr[key] })).errors).toBeUndefined();
    for (const key of ['cuenca', 'other']) expect(onlyError(await gql(donor, GET, { id: agr[key] })).extensions!.code).toBe('NOT_FOUND');
  });

  it("filters combine with the donor's reach: a program it funds, another program, kind, status, search", async () => {
    expect(await titles(donor, { programId: 'prog-tip' })).toHaveLength(3);
    expect(await titles(donor, { programId: 'prog-other' })).toEqual([]);
    expect(await titles(donor, { status: 'DRAFT' })).toEqual(['Carta de intención USAID – CNNA']);
    expect(await titles(donor, { organizationId: org.quimera })).toEqual(['Programa Piloto de Albergue — Fundación Quimera']);
    expect(await titles(donor, { q: 'fnj' })).toEqual([]);
    expect(await titles(donor, { q: 'albergue' })).toHaveLength(2);
    expect(await titles(donor, { q: 'cuenca' })).toEqual([]);
  });

  it("a donor reads the sub-awards without anyone's contact data, and cannot change them", async () => {
    const a = (await gql(donor, GET, { id: agr.fnj })).data!.partnerAgreement;
    expect(a.parties).toHaveLength(2);
    for (const p of a.parties) expect(p).toMatchObject({ contactPerson: null, email: null, phone: null });
    const r = await gql(donor, UPDATE, { input: { id: agr.fnj, version: 1, title: 'x' } });
    expect(onlyError(r).extensions!.code).toBe('FORBIDDEN');
  });

  it('partners keep seeing only their own organization’s agreements; staff see all', async () => {
    expect(await titles(partner)).toEqual([
      'Convenio OIM–FNJ del otro programa',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
    ]);
    expect(onlyError(await gql(partner, GET, { id: agr.quimera })).extensions!.code).toBe('NOT_FOUND');
    expect(await titles(partner, { programId: 'prog-tip' })).toEqual(['Programa Piloto de Albergue — Fundación Nuestros Jóvenes']);
    expect(await titles(staff)).toHaveLength(6);
    expect(await titles(staff, { programId: 'prog-tip' })).toHaveLength(3);
  });

  it("a donor's page costs one Query per source and one BatchGetItem of the parties", async () => {
    const r = await gql(donor, LIST, { first: 25 });
    expect(r.data!.partnerAgreements.nodes).toHaveLength(4);
    // its organization's party copies + the program copies of its one program + the parties
    expect(r.requests).toBe(3);
    const p = await gql(staff, LIST, { filter: { programId: 'prog-tip' }, first: 25 });
    expect(p.requests).toBe(2);
  });

  it('the agreements of a program ending in a period are one Query, soonest first (the dashboard tile)', async () => {
    const r = await gql(staff, TITLES, { filter: { programId: 'prog-tip', endFrom: '2026-11-28', endTo: '2027-02-26', status: 'ACTIVE' } });
    expect(r.errors).toBeUndefined();
    expect(r.data!.partnerAgreements.nodes.map((n: { title: string }) => n.title)).toEqual([
      'Programa Piloto de Albergue — Fundación Quimera',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
    ]);
    expect(r.requests).toBe(1);
    expect(await titles(donor, { programId: 'prog-tip', endFrom: '2026-11-28', endTo: '2026-12-31' })).toEqual([
      'Programa Piloto de Albergue — Fundación Quimera',
    ]);
    expect(onlyError(await gql(staff, TITLES, { filter: {}, sort: { field: 'END_DATE', order: 'ASC' } })).extensions!.code).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('the program copy moves with the agreement: another program takes it out of the donor’s view', async () => {
    const moved = await ok(staff, UPDATE, { input: { id: agr.quimera, version: 1, programId: 'prog-other' } });
    expect(moved.programId).toBe('prog-other');
    expect(await titles(donor, { q: 'quimera' })).toEqual([]);
    expect(await titles(donor)).not.toContain('Programa Piloto de Albergue — Fundación Quimera');
    expect(onlyError(await gql(donor, GET, { id: agr.quimera })).extensions!.code).toBe('NOT_FOUND');
    expect(await titles(staff, { programId: 'prog-other' })).toContain('Programa Piloto de Albergue — Fundación Quimera');
    await ok(staff, UPDATE, { input: { id: agr.quimera, version: 2, programId: 'prog-tip', startDate: '2007-06-03' } });
    expect(await titles(donor, { programId: 'prog-tip' })).toContain('Programa Piloto de Albergue — Fundación Quimera');
    expect(await titles(staff, { programId: 'prog-tip' })).toHaveLength(3);
  });
});

describe('same title and parties (duplicate check of the create form)', () => {
  it('titleIs finds agreements of exactly that title, case and accents ignored', async () => {
    expect(await titles(staff, { titleIs: 'programa piloto de albergue - fundacion quimera' })).toEqual([
      'Programa Piloto de Albergue — Fundación Quimera',
    ]);
    expect(await titles(staff, { titleIs: 'Programa Piloto de Albergue' })).toEqual([]);
    expect(await titles(partner, { titleIs: 'Programa Piloto de Albergue — Fundación Quimera' })).toEqual([]);
  });
});
