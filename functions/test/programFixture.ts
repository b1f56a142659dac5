import { afterAll, beforeAll } from 'vitest';
import { connectedApi, identity } from '#test/harness';

const CREATE_ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const CREATE_PROGRAM = 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }';
const CREATE_OBJECTIVE = 'mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }';

/**
 * For framework and report tests: a table, its donor, implementer and partner organizations, and a
 * way to create programs with objectives 0, 1, 1.1, 1.2, 2, 2.1. Registers its own beforeAll/afterAll.
 */
export function useProgramFixture() {
  const staff = identity('staff', 'org-staff');
  const fixture = {
    staff,
    api: undefined as unknown as Awaited<ReturnType<typeof connectedApi>>,
    donorOrg: '',
    implementer: '',
    partnerOrg: '',
    /** Runs a query as staff and returns its single top-level field; any error fails the test. */
    async ok(query: string, vars: Record<string, unknown>) {
      const r = await fixture.api.gql(staff, query, vars);
      if (r.errors) throw new Error(JSON.stringify(r.errors));
      return Object.values(r.data!)[0] as Record<string, any>;
    },
    async newProgram(id: string, overrides: Record<string, unknown> = {}) {
      await fixture.ok(CREATE_PROGRAM, {
        i: {
          id,
          name: `Program ${id}`,
          country: 'EC',
          donorIds: [fixture.donorOrg],
          implementerId: fixture.implementer,
          startDate: '2006-10-01',
          originalEndDate: '2009-07-31',
          currency: 'USD',
          adminFeeRateBps: 1000,
          originalDeclaredTotal: 80_000_000,
          ...overrides,
        },
      });
      for (const code of ['0', '1', '1.1', '1.2', '2', '2.1'])
        await fixture.ok(CREATE_OBJECTIVE, { i: { programId: id, code, title: `Objective ${code}` } });
    },
  };
  beforeAll(async () => {
    fixture.api = await connectedApi();
    fixture.donorOrg = (await fixture.ok(CREATE_ORG, { i: { name: 'USAID', kind: 'DONOR', country: 'EC' } })).id;
    fixture.implementer = (await fixture.ok(CREATE_ORG, { i: { name: 'IOM', kind: 'INTERNATIONAL_ORGANIZATION', country: 'EC' } })).id;
    fixture.partnerOrg = (await fixture.ok(CREATE_ORG, { i: { name: 'FNJ', kind: 'NGO', country: 'EC' } })).id;
  });
  afterAll(() => fixture.api.stop());
  return fixture;
}
