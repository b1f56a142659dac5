import { describe, expect, it } from 'vitest';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';

/**
 * Every create takes a client-chosen id so that a retried request never duplicates a record: the
 * same caller sending the same input gets the stored record back; the same id with other data, or
 * from someone else, is a CONFLICT that says so. One case per create mutation of the schema.
 */
const fx = useProgramFixture();
const AUDIT = 'query($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id) { nodes { action } } }';

interface Case {
  mutation: string;
  /** Audit type and public id of the created record. */
  type: string;
  id: () => string;
  input: () => Record<string, unknown>;
  /** A field to change for "same id, other data". */
  other: Record<string, unknown>;
}

const P = 'p-retry';
const cases: Record<string, Case> = {
  organization: {
    mutation: 'createOrganization',
    type: 'Organization',
    id: () => 'org-retry',
    input: () => ({ id: 'org-retry', name: 'Retry Foundation', kind: 'NGO', country: 'EC' }),
    other: { name: 'Other Foundation' },
  },
  program: {
    mutation: 'createProgram',
    type: 'Program',
    id: () => 'p-retry-2',
    input: () => ({
      id: 'p-retry-2',
      name: 'Retry program',
      country: 'EC',
      donorIds: [fx.donorOrg],
      implementerId: fx.implementer,
      startDate: '2006-10-01',
      originalEndDate: '2009-07-31',
      currency: 'USD',
      adminFeeRateBps: 1000,
      originalDeclaredTotal: 1000,
    }),
    other: { name: 'Another program' },
  },
  agreement: {
    mutation: 'createPartnerAgreement',
    type: 'PartnerAgreement',
    id: () => 'ag-retry',
    input: () => ({
      id: 'ag-retry',
      programId: P,
      kind: 'MOU',
      title: 'Retry MOU',
      partyIds: [fx.implementer, fx.partnerOrg],
      status: 'ACTIVE',
      startDate: '2007-01-01',
      objectiveCodes: ['1.1'],
    }),
    other: { title: 'Another MOU' },
  },
  objective: {
    mutation: 'createObjective',
    type: 'Objective',
    id: () => `${P}~3`,
    input: () => ({ programId: P, code: '3', title: 'Objective 3' }),
    other: { title: 'Another objective' },
  },
  indicator: {
    mutation: 'createIndicator',
    type: 'Indicator',
    id: () => `${P}~ind-retry`,
    input: () => ({
      id: 'ind-retry',
      programId: P,
      objectiveCode: '1.1',
      name: 'People trained',
      unit: 'COUNT',
      target: 100,
      source: 'MANUAL',
    }),
    other: { target: 200 },
  },
  budgetLine: {
    mutation: 'createBudgetLine',
    type: 'BudgetLine',
    id: () => `${P}~bl-retry`,
    input: () => ({ id: 'bl-retry', programId: P, objectiveCode: '1.1', label: 'Workshops', planned: 1000 }),
    other: { planned: 2000 },
  },
  expenditure: {
    mutation: 'recordExpenditure',
    type: 'Expenditure',
    id: () => `${P}~exp-retry`,
    input: () => ({ id: 'exp-retry', budgetLineId: `${P}~bl-retry`, date: '2007-03-01', amount: 500 }),
    // An id names one expenditure whatever else changes, its date included.
    other: { date: '2008-05-01' },
  },
};

const run = (who: ReturnType<typeof identity>, c: Case, input: Record<string, unknown>) => {
  const inputType =
    c.mutation === 'recordExpenditure' ? 'RecordExpenditureInput' : `${c.mutation[0]!.toUpperCase()}${c.mutation.slice(1)}Input`;
  return fx.api.gql(who, `mutation($i: ${inputType}!) { r: ${c.mutation}(input: $i) { __typename version } }`, { i: input });
};

describe('idempotent creates', () => {
  it.each(Object.keys(cases))(
    '%s: a retry returns the stored record; other data or another caller under the same id is a CONFLICT',
    async (name) => {
      if (name === 'organization') await fx.newProgram(P);
      const c = cases[name]!;
      const first = await run(fx.staff, c, c.input());
      expect(first.errors).toBeUndefined();
      const again = await run(fx.staff, c, c.input());
      expect(again.errors).toBeUndefined();
      expect(again.data).toEqual(first.data);
      expect(again.data!.r.version).toBe(1);

      const changed = onlyError(await run(fx.staff, c, { ...c.input(), ...c.other }));
      expect(changed.extensions).toMatchObject({ code: expect.stringMatching(/CONFLICT|BAD_USER_INPUT/) });
      if (name !== 'objective') expect(changed.extensions).toMatchObject({ code: 'CONFLICT', reason: 'ID_REUSED' });

      const someoneElse = onlyError(await run(identity('admin', null, 'another-admin'), c, c.input()));
      expect(someoneElse.extensions!.code).toMatch(/CONFLICT|BAD_USER_INPUT/);

      const audit = (await fx.ok(AUDIT, { t: c.type, id: c.id() })).nodes;
      expect(audit).toEqual([{ action: 'CREATE' }]);
    },
  );
});

describe('ids name one record', () => {
  it('refuses upper-case ids: keys fold case, so CaseA and casea would be one item', async () => {
    const create = await fx.api.gql(fx.staff, 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { id: 'CaseA', name: 'Case test', kind: 'NGO', country: 'EC' },
    });
    expect(onlyError(create).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'input.id' })] });
    expect(onlyError(await fx.api.gql(fx.staff, '{ organization(id: "CaseA") { id } }')).extensions!.code).toBe('BAD_USER_INPUT');
    expect(create.requests).toBe(0);
  });
});
