import { beforeAll, describe, expect, it } from 'vitest';
import { anonymousIdentity } from '#platform/auth';
import { connectedApi, identity } from '#test/harness';
import { ProgramStat } from '#modules/aggregates/entity';
import { recountProgram } from '../jobs/recount.ts';
import { recountPublicStats } from '../jobs/recountPublicStats.ts';
import { loadDemoData } from './load.ts';
import { PROGRAM_ID } from './ecuadorProgram.ts';
import { seedCaseId } from './cases.ts';
import { referredOn } from './caseRoutes.ts';

const ROUTE_COUNTERS = ['victimsAssisted', 'victimsReintegrated', 'victimsInFormalEducation', 'victimsInInternships'] as const;

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
  const t0 = performance.now();
  await loadDemoData();
  console.info(`demo data loaded in ${Math.round(performance.now() - t0)} ms`);
}, 400_000);

describe('demo case routes', () => {
  it('are counted as the records say: many reintegrated, most of them in formal education, some in internships; a recount agrees', async () => {
    const { data } = await ProgramStat.query.byMonth({ programId: PROGRAM_ID }).go({ pages: 'all' });
    const sum = (c: (typeof ROUTE_COUNTERS)[number]) => data.filter((s) => s.month !== 'total').reduce((n, s) => n + (s[c] ?? 0), 0);
    const [assisted, reintegrated, education, internships] = ROUTE_COUNTERS.map(sum);
    console.info('demo route counts', { assisted, reintegrated, education, internships });
    expect(assisted).toBeGreaterThan(10);
    expect(reintegrated).toBeGreaterThan(assisted! / 2);
    expect(reintegrated).toBeLessThan(assisted!);
    expect(education).toBeGreaterThan(reintegrated! / 2);
    expect(internships).toBeGreaterThan(0);
    expect(internships).toBeLessThan(education!);
    const drift = await recountProgram(PROGRAM_ID);
    expect(drift.filter((d) => (ROUTE_COUNTERS as readonly string[]).includes(d.counter))).toEqual([]);
  });

  it("the shelter's case worker sees a case referred to it, with its route", async () => {
    const shelter = identity('caseworker', 'org-adoratrices', 'cw-adoratrices');
    const r = await api.gql(
      shelter,
      'query($id: ID!) { case(id: $id) { stage dateIdentified routeEvents { step } referrals { status toOrganizationId startedOn } } }',
      {
        id: seedCaseId(2),
      },
    );
    expect(r.errors).toBeUndefined();
    // Referred on a day of the case's own timeline (deterministic), not the day the demo data was loaded.
    expect(r.data!.case.referrals).toEqual([
      { status: 'ACTIVE', toOrganizationId: 'org-adoratrices', startedOn: referredOn(r.data!.case.dateIdentified) },
    ]);
    expect(r.data!.case.routeEvents.map((e: { step: string }) => e.step)).toContain('ASSISTANCE_PLAN');
  });

  it('give the public statistics something to show at k = 11: two years published, 2007 and the small cells suppressed; a recount agrees', async () => {
    const TABLE = `query($d: [StatDimension!]!) { publicStatistics(dimensions: $d) { k rows
      cells { row col count suppressed } total { count suppressed } } }`;
    const byYear = await api.gql(anonymousIdentity(), TABLE, { d: ['YEAR'] });
    expect(byYear.errors).toBeUndefined();
    const t = byYear.data!.publicStatistics;
    console.info('demo public statistics by year', JSON.stringify(t.cells));
    expect(t.k).toBe(11);
    expect(t.rows).toEqual(['2007', '2008', '2009']);
    expect(t.cells).toEqual([
      { row: '2007', col: null, count: null, suppressed: true },
      { row: '2008', col: null, count: 11, suppressed: false },
      { row: '2009', col: null, count: 11, suppressed: false },
    ]);
    const bySex = (await api.gql(anonymousIdentity(), TABLE, { d: ['YEAR', 'SEX'] })).data!.publicStatistics;
    expect(bySex.cells.some((c: { suppressed: boolean }) => c.suppressed)).toBe(true);
    expect(await recountPublicStats()).toEqual([]);
  });
});
