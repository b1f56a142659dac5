import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { identity } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { cellKey } from '#modules/publicStats/cells';
import { readPublicStatYears } from '#modules/publicStats/entity';
import { recountPublicStats } from '../../jobs/recountPublicStats.ts';

const f = useProgramFixture();
const CREATE_ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';
const CREATE_CASE = 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id stage } }';
const RECORD = 'mutation($i: RecordRouteEventInput!) { recordRouteEvent(input: $i) { id version } }';
const DELETE_EVENT = 'mutation($id: ID!, $v: Int!) { deleteRouteEvent(id: $id, version: $v) { id } }';
const CONSENT = 'mutation($i: RecordConsentInput!) { recordConsent(input: $i) { id version } }';
const WITHDRAW = 'mutation($id: ID!, $v: Int!, $d: Date!) { withdrawConsent(id: $id, version: $v, date: $d) { id version } }';
const NOW = new Date('2026-03-15T12:00:00Z');
const police = identity('caseworker', 'x', 'cw-police');

async function ok(q: string, v: Record<string, unknown>) {
  const r = await f.api.gql(police, q, v, NOW);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return Object.values(r.data!)[0] as Record<string, any>;
}

/** The stored count of a woman of 18–24, nationality and province not recorded, sexual exploitation, in 2026. */
async function counted(): Promise<{ cases: number; sexual: number }> {
  const cells = (await readPublicStatYears()).get(2026) ?? new Map<string, number>();
  const base = ['FEMALE', 'AGE_18_24', 'UNKNOWN', 'UNKNOWN'] as const;
  return { cases: cells.get(cellKey(...base, '*')) ?? 0, sexual: cells.get(cellKey(...base, 'SEXUAL')) ?? 0 };
}

describe('public statistics kept in the case and route transactions', () => {
  it('counts a case when it is identified AND has a statistics consent, and uncounts it when either goes', async () => {
    const program = `p${randomUUID().slice(0, 8)}`;
    await f.newProgram(program, { startDate: '2025-01-01', originalEndDate: '2028-12-31' });
    police.organizationId = (await f.ok(CREATE_ORG, { i: { name: `police ${program}`, kind: 'POLICE', country: 'EC' } })).id;
    const newCase = () =>
      ok(CREATE_CASE, {
        i: {
          programId: program,
          exploitationTypes: ['SEXUAL'],
          ageAtIdentification: 22,
          sex: 'FEMALE',
          dateReported: '2026-01-05',
          identity: { fullName: `Persona ${randomUUID()}` },
        },
      });
    const start = await counted();
    const c = await newCase();
    expect(await counted()).toEqual(start); // no consent yet, not identified
    const consent = await ok(CONSENT, { i: { caseId: c.id, purpose: 'STATISTICS', date: '2026-01-06', givenBy: 'PERSON' } });
    expect(await counted()).toEqual(start); // consent, but not identified
    const screening = await ok(RECORD, { i: { caseId: c.id, step: 'SCREENING', date: '2026-01-07', form: { screeningResult: 'VICTIM' } } });
    expect(await counted()).toEqual({ cases: start.cases + 1, sexual: start.sexual + 1 });
    await ok(WITHDRAW, { id: consent.id, v: consent.version, d: '2026-02-01' });
    expect(await counted()).toEqual(start);
    await ok(CONSENT, { i: { caseId: c.id, purpose: 'STATISTICS', date: '2026-02-02', givenBy: 'PERSON' } });
    expect(await counted()).toEqual({ cases: start.cases + 1, sexual: start.sexual + 1 });
    // A consent for another purpose counts nothing; the screening undone takes the identification away.
    await ok(CONSENT, { i: { caseId: c.id, purpose: 'SERVICES', date: '2026-02-03', givenBy: 'PERSON' } });
    expect(await counted()).toEqual({ cases: start.cases + 1, sexual: start.sexual + 1 });
    await ok(DELETE_EVENT, { id: screening.id, v: screening.version });
    expect(await counted()).toEqual(start);
    await ok(RECORD, { i: { caseId: c.id, step: 'SCREENING', date: '2026-01-09', form: { screeningResult: 'VICTIM' } } });
    expect(await counted()).toEqual({ cases: start.cases + 1, sexual: start.sexual + 1 });
    // What the transactions kept is what the recount finds.
    expect(await recountPublicStats()).toEqual([]);
  });
});
