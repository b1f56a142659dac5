import { describe, expect, it } from 'vitest';
import { onlyError, type GqlResult } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { objectiveUseKey, organizationUseKey, useCounts } from '#modules/aggregates/uses';
import { Objective } from '#modules/framework/entity';
import { Organization } from '#modules/organization/entity';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountUses } from '../../jobs/recount.ts';

/**
 * Delete guards (issue 10): an organization that sponsors or implements a scholarship, organizes or takes
 * part in a training, and an objective trainings or scholarships are recorded under, are refused as
 * CONFLICT `IN_USE` with nothing written; once the records are gone (or moved), the delete goes through.
 */
const f = useProgramFixture();
const P = 'p-uses';

const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }';
const DELETE_ORG = 'mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, version: $v) { id } }';
const DELETE_OBJECTIVE = 'mutation($p: ID!, $c: String!, $v: Int!) { deleteObjective(programId: $p, code: $c, version: $v) { id } }';
const OBJECTIVE = 'mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { id version } }';
const SCHOLARSHIP = 'mutation($i: CreateScholarshipInput!) { createScholarship(input: $i) { id version } }';
const UPDATE_SCHOLARSHIP = 'mutation($i: UpdateScholarshipInput!) { updateScholarship(input: $i) { id version } }';
const DELETE_SCHOLARSHIP = 'mutation($id: ID!, $v: Int!) { deleteScholarship(id: $id, version: $v) { id } }';
const TRAINING = 'mutation($i: CreateTrainingInput!) { createTraining(input: $i) { id version } }';
const DELETE_TRAINING = 'mutation($id: ID!, $v: Int!) { deleteTraining(id: $id, version: $v) { id } }';
const IMPORT =
  'mutation($b: ID!, $rows: [ScholarshipImportRow!]!) { importScholarships(batchId: $b, rows: $rows) { written failed { row } } }';

let n = 0;
const org = async (name: string) => (await f.ok(ORG, { i: { name: `${name} ${++n}`, kind: 'NGO', country: 'EC' } })).id as string;
const scholarship = (sponsorId: string, implementerId: string, objectiveCode = '1.2') => ({
  programId: P,
  objectiveCode,
  sponsorId,
  implementerId,
  beneficiaryCode: `USE-${++n}`,
  group: 'AT_RISK_YOUTH',
  place: { provinceCode: '17', cantonCode: '1701' },
  educationLevel: 'PRIMARY',
  period: '2008-2009',
  awardedOn: '2009-01-15',
  amount: 10_000,
  currency: 'USD',
  status: 'AWARDED',
});
const training = (organizerId: string, audienceOrg: string, objectiveCode = '2.1') => ({
  title: `Taller ${++n}`,
  kind: 'WORKSHOP',
  startDate: '2008-03-10',
  endDate: '2008-03-12',
  place: { country: 'EC', provinceCode: '13', cantonCode: '1301' },
  organizerIds: [organizerId],
  programId: P,
  objectiveCode,
  audience: [{ organizationId: audienceOrg, women: 4, men: 6 }],
});

function refusedInUse(r: GqlResult, trainings: number, scholarships: number) {
  const e = onlyError(r);
  expect(e.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IN_USE', trainings, scholarships });
  expect(e.extensions?.fields).toEqual([
    expect.objectContaining({ path: 'id', key: 'validation.in_use', params: { trainings, scholarships } }),
  ]);
}

const orgExists = async (id: string) => !!(await Organization.get({ id }).go()).data;
const objectiveExists = async (code: string) => !!(await Objective.get({ programId: P, code }).go()).data;

describe('delete guards for trainings and scholarships', () => {
  it('refuses an organization that sponsors or implements a scholarship until the scholarships are gone or moved', {
    timeout: 180_000,
  }, async () => {
    await f.newProgram(P);
    const sponsor = await org('Patrocinador');
    const implementer = await org('Ejecutora');
    const other = await org('Otra');
    const s1 = await f.ok(SCHOLARSHIP, { i: scholarship(sponsor, implementer) });
    const s2 = await f.ok(SCHOLARSHIP, { i: scholarship(sponsor, sponsor) });

    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: sponsor, v: 1 }), 0, 2);
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: implementer, v: 1 }), 0, 1);
    expect(await orgExists(sponsor), 'nothing written').toBe(true);
    expect(await orgExists(implementer)).toBe(true);

    // The implementer is replaced on s1: it is free; the sponsor still sponsors both.
    expect((await f.api.gql(f.staff, UPDATE_SCHOLARSHIP, { i: { id: s1.id, version: 1, implementerId: other } })).errors).toBeUndefined();
    expect((await f.api.gql(f.staff, DELETE_ORG, { id: implementer, v: 1 })).errors).toBeUndefined();
    expect(await orgExists(implementer)).toBe(false);
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: sponsor, v: 1 }), 0, 2);

    for (const [id, v] of [
      [s1.id, 2],
      [s2.id, 1],
    ] as const)
      expect((await f.api.gql(f.staff, DELETE_SCHOLARSHIP, { id, v })).errors).toBeUndefined();
    expect(await useCounts(organizationUseKey(sponsor))).toEqual({ trainingsHeld: 0, scholarshipsAwarded: 0 });
    expect((await f.api.gql(f.staff, DELETE_ORG, { id: sponsor, v: 1 })).errors).toBeUndefined();
  });

  it('refuses an organization that organizes or takes part in a training', { timeout: 120_000 }, async () => {
    const organizer = await org('Organizadora');
    const participant = await org('Participante');
    const t = await f.ok(TRAINING, { i: training(organizer, participant) });
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: organizer, v: 1 }), 1, 0);
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: participant, v: 1 }), 1, 0);
    expect(await orgExists(organizer)).toBe(true);
    expect(await orgExists(participant)).toBe(true);
    expect((await f.api.gql(f.staff, DELETE_TRAINING, { id: t.id, v: 1 })).errors).toBeUndefined();
    expect((await f.api.gql(f.staff, DELETE_ORG, { id: organizer, v: 1 })).errors).toBeUndefined();
    expect((await f.api.gql(f.staff, DELETE_ORG, { id: participant, v: 1 })).errors).toBeUndefined();
  });

  it('refuses an objective trainings or scholarships are recorded under; a free one is deleted', { timeout: 120_000 }, async () => {
    for (const code of ['3', '4']) await f.ok(OBJECTIVE, { i: { programId: P, code, title: `Objective ${code}` } });
    const a = await org('Org');
    const s = await f.ok(SCHOLARSHIP, { i: scholarship(a, a, '3') });
    const t = await f.ok(TRAINING, { i: training(a, a, '3') });
    refusedInUse(await f.api.gql(f.staff, DELETE_OBJECTIVE, { p: P, c: '3', v: 1 }), 1, 1);
    expect(await objectiveExists('3'), 'nothing written').toBe(true);
    // The training moves to objective 4: then 4 is in use, 3 only by the scholarship.
    const moved = await f.api.gql(f.staff, 'mutation($i: UpdateTrainingInput!) { updateTraining(input: $i) { id version } }', {
      i: { id: t.id, version: 1, objectiveCode: '4' },
    });
    expect(moved.errors).toBeUndefined();
    refusedInUse(await f.api.gql(f.staff, DELETE_OBJECTIVE, { p: P, c: '3', v: 1 }), 0, 1);
    refusedInUse(await f.api.gql(f.staff, DELETE_OBJECTIVE, { p: P, c: '4', v: 1 }), 1, 0);
    expect((await f.api.gql(f.staff, DELETE_SCHOLARSHIP, { id: s.id, v: 1 })).errors).toBeUndefined();
    expect((await f.api.gql(f.staff, DELETE_OBJECTIVE, { p: P, c: '3', v: 1 })).errors).toBeUndefined();
    expect(await objectiveExists('3')).toBe(false);
    expect(await useCounts(objectiveUseKey(P, '4'))).toEqual({ trainingsHeld: 1, scholarshipsAwarded: 0 });
  });

  it("counts an import's rows, folded per chunk: the sponsor of 150 imported scholarships is refused with 150", {
    timeout: 180_000,
  }, async () => {
    const sponsor = await org('Importada');
    const rows = Array.from({ length: 150 }, (_, i) => ({
      ...scholarship(sponsor, f.partnerOrg),
      place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
      row: i + 2,
    }));
    const r = await f.api.gql(f.staff, IMPORT, { b: 'uses-batch', rows });
    expect(r.errors).toBeUndefined();
    expect(r.data!.importScholarships).toEqual({ written: 150, failed: [] });
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: sponsor, v: 1 }), 0, 150);
    expect(await useCounts(organizationUseKey(sponsor))).toEqual({ trainingsHeld: 0, scholarshipsAwarded: 150 });
  });

  it('npm run recount rebuilds the counts from the trainings and scholarships (records written before the guards)', {
    timeout: 180_000,
  }, async () => {
    expect(await recountUses(), 'the counts kept in the transactions equal a recount').toEqual([]);
    const organizer = await org('Recontada');
    await f.ok(TRAINING, { i: training(organizer, organizer, '4') });
    const objectiveCounts = await useCounts(objectiveUseKey(P, '4'));
    expect(objectiveCounts.trainingsHeld).toBeGreaterThan(0);
    await ProgramStat.delete(organizationUseKey(organizer)).go(); // as if written before the guards existed
    await ProgramStat.delete(objectiveUseKey(P, '4')).go();
    const drift = await recountUses();
    expect(drift.map((d) => [d.programId, d.bucket, d.counter, d.stored]).sort()).toEqual(
      [
        [organizationUseKey(organizer).programId, 'organization', 'trainingsHeld', 0],
        [objectiveUseKey(P, '4').programId, 'objective:4', 'trainingsHeld', 0],
      ].sort(),
    );
    await recountUses({ fix: true });
    expect(await useCounts(organizationUseKey(organizer))).toEqual({ trainingsHeld: 1, scholarshipsAwarded: 0 });
    expect(await useCounts(objectiveUseKey(P, '4'))).toEqual(objectiveCounts);
    refusedInUse(await f.api.gql(f.staff, DELETE_ORG, { id: organizer, v: 1 }), 1, 0);
    expect(await recountUses()).toEqual([]);
  });
});
