import { beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity } from '#test/harness';
import { loadDemoData } from '../../seed/load.ts';
import { PROGRAM_ID } from '../../seed/ecuadorProgram.ts';

const REPORT = `query($programId: ID!, $from: Date!, $to: Date!) { resultsReport(programId: $programId, from: $from, to: $to) {
  rows { code indicators { name target actual } } } }`;
const LIST = `query($filter: TrainingFilter) { trainings(filter: $filter, first: 100) { nodes { id title totals { total women } } } }`;

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
  await loadDemoData();
}, 120_000);

describe('demo trainings', () => {
  it("count in the donor's report under objectives 1 and 2, computed from the training records", async () => {
    // The donor reads its program's report: the trainings' totals, never a training record.
    const donor = { ...identity('donor', 'org-usaid'), programIds: [PROGRAM_ID] };
    const r = await api.gql(donor, REPORT, { programId: PROGRAM_ID, from: '2006-10-01', to: '2009-07-31' });
    expect(r.errors).toBeUndefined();
    const report = r.data!.resultsReport;
    const actual = (code: string, name: RegExp) =>
      report.rows.find((row: any) => row.code === code).indicators.find((i: any) => name.test(i.name)).actual;
    // 2,500 police officers + 35 military police + 31 judges and prosecutors + 13 SENAMI + 30 labour inspectors and others.
    expect(actual('1', /^Officials trained/)).toBe(2609);
    expect(actual('1', /^Trainings held/)).toBe(9);
    expect(actual('1', /^Women officials/)).toBe(10);
    // 70 journalists + 25 tourism-chamber delegates + 1,033 people in 20 communities.
    expect(actual('2', /^People reached/)).toBe(1128);
    expect(actual('2', /^Complementary trainings/)).toBe(3);
  });

  it('are no training records for the donor', async () => {
    const donor = { ...identity('donor', 'org-usaid'), programIds: [PROGRAM_ID] };
    expect((await api.gql(donor, LIST, {})).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it("the dashboard's people-trained tile: by objective and sex in one DynamoDB request, staff only", async () => {
    const TOTALS = 'query($p: ID!) { trainingTotals(programId: $p) { objectiveCode trainings women men notRecorded total } }';
    const r = await api.gql(identity('staff'), TOTALS, { p: PROGRAM_ID });
    expect(r.data!.trainingTotals).toEqual([
      { objectiveCode: '1.1', trainings: 9, women: 10, men: 0, notRecorded: 2599, total: 2609 },
      { objectiveCode: '2.2', trainings: 3, women: 0, men: 0, notRecorded: 1128, total: 1128 },
    ]);
    expect(r.requests).toBe(1);
    const partner = { ...identity('partner', 'org-fnj'), programIds: [PROGRAM_ID] };
    expect((await api.gql(partner, TOTALS, { p: PROGRAM_ID })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('lists the police trainings by province, and FNJ sees the community training it organized', async () => {
    const manabi = (await api.gql(identity('staff'), LIST, { filter: { provinceCode: '13' } })).data!.trainings.nodes;
    expect(manabi.map((t: any) => t.title)).toEqual(['Capacitación a la Policía Nacional en trata de personas — Portoviejo']);
    const fnj = (await api.gql(identity('partner', 'org-fnj'), LIST, {})).data!.trainings.nodes;
    expect(fnj.map((t: any) => t.id)).toEqual(['trn-communities']);
    expect(fnj[0].totals.total).toBe(1033);
  });
});
