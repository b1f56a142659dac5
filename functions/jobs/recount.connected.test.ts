import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity } from '#test/harness';
import { loadDemoData } from '../seed/load.ts';
import { PROGRAM_ID } from '../seed/ecuadorProgram.ts';
import { ProgramStat } from '#modules/aggregates/entity';
import { tallyPartition } from '#modules/scholarship/contributions';
import { Objective } from '#modules/framework/entity';
import { Organization } from '#modules/organization/entity';
import { recountOrganizations, recountProgram } from './recount.ts';

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
  await loadDemoData();
});
afterAll(() => api.stop());

describe('recount and the demo program', () => {
  it('finds no drift after the demo data was loaded through the services', async () => {
    expect(await recountProgram(PROGRAM_ID)).toEqual([]);
  });

  it('reports drift when an aggregate was tampered with, and fixes it on request', async () => {
    await ProgramStat.update({ programId: PROGRAM_ID, month: '2009-07', bucket: '2' }).add({ expenditure: 5 }).go();
    const drift = await recountProgram(PROGRAM_ID);
    expect(drift).toEqual([
      { programId: PROGRAM_ID, month: '2009-07', bucket: '2', counter: 'expenditure', stored: 17_919_705, recounted: 17_919_700 },
    ]);
    await recountProgram(PROGRAM_ID, { fix: true });
    expect(await recountProgram(PROGRAM_ID)).toEqual([]);
  });

  it("reports and fixes drift in the partitions kept beside the program's own (scholarship tallies), under their own key", async () => {
    const partition = tallyPartition(PROGRAM_ID);
    const { data: items } = await ProgramStat.query.byMonth({ programId: partition }).go({ pages: 'all' });
    const item = items.find((i) => (i.scholarshipsAwarded ?? 0) > 0)!;
    expect(item).toBeDefined();
    await ProgramStat.update({ programId: partition, month: item.month, bucket: item.bucket }).add({ scholarshipsAwarded: 3 }).go();
    expect(await recountProgram(PROGRAM_ID)).toEqual([
      {
        programId: partition,
        month: item.month,
        bucket: item.bucket,
        counter: 'scholarshipsAwarded',
        stored: item.scholarshipsAwarded! + 3,
        recounted: item.scholarshipsAwarded,
      },
    ]);
    await recountProgram(PROGRAM_ID, { fix: true });
    expect(await recountProgram(PROGRAM_ID)).toEqual([]);
    const { data: fixed } = await ProgramStat.get({ programId: partition, month: item.month, bucket: item.bucket }).go();
    expect(fixed!.scholarshipsAwarded).toBe(item.scholarshipsAwarded);
  });

  it("rebuilds an objective's count of linked agreements, which guards its delete", async () => {
    const { data: objective } = await Objective.get({ programId: PROGRAM_ID, code: '6.2' }).go();
    expect(objective!.agreementCount).toBeGreaterThan(0);
    await Objective.patch({ programId: PROGRAM_ID, code: '6.2' }).set({ agreementCount: 0 }).go();
    expect(await recountProgram(PROGRAM_ID)).toEqual([
      {
        programId: PROGRAM_ID,
        month: '',
        bucket: 'objective:6.2',
        counter: 'agreementCount',
        stored: 0,
        recounted: objective!.agreementCount,
      },
    ]);
    await recountProgram(PROGRAM_ID, { fix: true });
    expect(await recountProgram(PROGRAM_ID)).toEqual([]);
  });

  it("rebuilds an organization's count of agreements, which guards its delete", async () => {
    expect(await recountOrganizations()).toEqual([]);
    const { data: fnj } = await Organization.get({ id: 'org-fnj' }).go();
    expect(fnj!.agreementCount).toBeGreaterThan(0);
    await Organization.patch({ id: 'org-fnj' }).set({ agreementCount: 0 }).go();
    expect(await recountOrganizations()).toEqual([
      { programId: '', month: '', bucket: 'organization:org-fnj', counter: 'agreementCount', stored: 0, recounted: fnj!.agreementCount },
    ]);
    await recountOrganizations({ fix: true });
    expect(await recountOrganizations()).toEqual([]);
  });

  it("produces the seed report's table for the donor, with the honest reconciliation line", async () => {
    const donor = { ...identity('donor', 'org-usaid'), programIds: [PROGRAM_ID] };
    const r = await api.gql(
      donor,
      `{ resultsReport(programId: "${PROGRAM_ID}", from: "2006-10-01", to: "2009-07-31") {
      subtotal adminFee total declaredTotal difference otherCosts { label cost }
      rows { code cost indicators { name actual target percentAchieved } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const report = r.data!.resultsReport;
    // The printed lines (47,957 + … + 69,913) sum to USD 727,272, a dollar under the printed subtotal.
    expect(report.subtotal).toBe(72_727_200);
    expect(report.adminFee).toBe(7_272_720);
    expect(report.total).toBe(79_999_920);
    expect(report.declaredTotal).toBe(80_000_000);
    expect(report.difference).toBe(80);
    expect(report.otherCosts).toEqual([{ label: 'Call and Live media campaign (CIESPAL)', cost: 6_991_300 }]);
    const row = (code: string) => report.rows.find((x: { code: string }) => x.code === code);
    expect(row('2').cost).toBe(17_919_700);
    expect(row('5.1').indicators).toContainEqual({
      name: 'Victims reintegrated through the Shelter Pilot Program',
      actual: 154,
      target: 40,
      percentAchieved: 385,
    });
    expect(row('6.2').indicators).toContainEqual(
      expect.objectContaining({ name: 'Partnership agreements signed (from agreement records)', actual: 1 }),
    );
    // A quarter before the final report has no costs yet: they were recorded at the end.
    const q = await api.gql(donor, `{ resultsReport(programId: "${PROGRAM_ID}", from: "2008-10-01", to: "2008-12-31") { subtotal } }`);
    expect(q.data!.resultsReport.subtotal).toBe(0);
  });

  it('loading twice changes nothing', async () => {
    await loadDemoData();
    expect(await recountProgram(PROGRAM_ID)).toEqual([]);
  });
});
