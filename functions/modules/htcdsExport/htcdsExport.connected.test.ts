import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { identity } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { AuditEvent } from '#modules/audit/entity';
import { localKeyProvider, useKeyProvider } from '#modules/case/crypto/keys';

const f = useProgramFixture();
const PROGRAM = 'prog-htcds';
const NOW = new Date('2026-11-28T12:00:00Z');
const EXPORT = `mutation($programId: ID!) { exportHtcds(programId: $programId) {
  programId csv cases rows generalisedRows droppedRows k generalisations { step rows } requests } }`;
const CREATE = 'mutation($input: CreateCaseInput!) { createCase(input: $input) { id code } }';
/** A name and document nobody else has: they must never reach the export. */
const SECRET = 'Qwertyuiop Demo Secreta';
const DOC = 'HTCDS-SECRET-4455';

let worker: ReturnType<typeof identity>;
const staff = identity('staff', 'org-staff');
const admin = identity('admin');
const gql = (who: ReturnType<typeof identity>, q: string, v?: Record<string, unknown>) => f.api.gql(who, q, v, NOW);

const input = (n: number, over: Record<string, unknown> = {}) => ({
  programId: PROGRAM,
  exploitationTypes: ['SEXUAL'],
  meansOfControl: ['DEBT_BONDAGE'],
  sex: 'FEMALE',
  ageAtIdentification: 15,
  nationality: 'EC',
  provinceIdentified: '07',
  dateReported: '2008-03-01',
  dateIdentified: '2008-03-04',
  exploitationPlace: { country: 'EC', provinceCode: '07', cantonCode: '0701' },
  recruitmentPlace: { country: 'EC', provinceCode: '09' },
  identity: { fullName: `${SECRET} ${n}`, dateOfBirth: '1993-01-10', documentType: 'NATIONAL_ID', documentNumber: `${DOC}-${n}` },
  ...over,
});

beforeAll(async () => {
  useKeyProvider(localKeyProvider(mkdtempSync(join(tmpdir(), 'ruta-htcds-keys-'))));
  await f.newProgram(PROGRAM);
  const org = (
    await f.ok('mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }', {
      i: { name: 'Albergue HTCDS', kind: 'SHELTER', country: 'EC' },
    })
  ).id;
  worker = identity('caseworker', org, 'worker-htcds');
  // 12 alike (15-year-old Ecuadorian girls, 2008), 4 alike but 13 to 16 years old in other bands —
  // only together as minors — and one Colombian man exploited in Peru in 2015, whom nothing can hide.
  const inputs = [
    ...Array.from({ length: 12 }, (_, i) => input(i, { ageAtIdentification: 20 })),
    ...Array.from({ length: 11 }, (_, i) => input(100 + i, { ageAtIdentification: i < 6 ? 10 : 15 })),
    input(200, {
      sex: 'MALE',
      ageAtIdentification: 34,
      nationality: 'CO',
      exploitationTypes: ['LABOUR'],
      dateReported: '2015-06-01',
      dateIdentified: '2015-06-02',
      exploitationPlace: { country: 'PE' },
    }),
  ];
  for (const i of inputs) {
    const r = await gql(worker, CREATE, { input: i });
    if (r.errors) throw new Error(JSON.stringify(r.errors));
  }
});
afterAll(() => useKeyProvider(undefined));

describe('HTCDS export', () => {
  it('staff get the program’s cases as HTCDS rows, small groups generalised and the lone case dropped, and the cost', async () => {
    const r = await gql(staff, EXPORT, { programId: PROGRAM });
    expect(r.errors).toBeUndefined();
    const e = r.data!.exportHtcds;
    expect(e).toMatchObject({ programId: PROGRAM, cases: 24, rows: 23, droppedRows: 1, generalisedRows: 11, k: 11 });
    expect(e.generalisations[0]).toEqual({ step: 'AGE_BAND_TO_MINOR_ADULT', rows: 12 });
    const lines = (e.csv as string).trim().split('\r\n');
    expect(lines[0]).toBe(
      'prs_Gender,ruta_AgeBand,prs_Citizenship,vic_TypeOfExploitation,ruta_Year,vic_LocationOfExploitation,vic_Methods_of_Control,cas_Status',
    );
    expect(lines).toHaveLength(24);
    expect(lines.filter((l) => l === 'Feminine,AGE_18_24,EC,SexualExploitation,2008,EC,DebtBondage,Active')).toHaveLength(12);
    expect(lines.filter((l) => l === 'Feminine,MINOR,EC,SexualExploitation,2008,EC,DebtBondage,Active')).toHaveLength(11);
    expect(e.csv).not.toContain('Masculine');
    // The program (GetItem), one page of its cases (byProgram Query), the audit event.
    expect(e.requests).toBe(3);
    expect(r.requests).toBe(3);
  });

  it('never carries an identity, a case code or a province', async () => {
    const e = (await gql(admin, EXPORT, { programId: PROGRAM })).data!.exportHtcds;
    for (const secret of ['Qwertyuiop', 'HTCDS-SECRET', '1993-01-10', 'EC-2008-', '0701']) expect(e.csv).not.toContain(secret);
  });

  it('is audited on the program with who and how many rows', async () => {
    const { data } = await AuditEvent.query.byRecord({ entityType: 'Program', entityId: PROGRAM }).go({ pages: 'all' });
    const exports = data.filter((a) => a.action === 'EXPORT');
    expect(exports.map((a) => [a.actor, a.actorRole, a.rowCount]).sort()).toEqual([
      ['admin', 'admin', 23],
      ['staff', 'staff', 23],
    ]);
    const history = await gql(
      staff,
      'query($id: ID!) { auditEvents(entityType: "Program", entityId: $id, first: 50) { nodes { action actor } } }',
      {
        id: PROGRAM,
      },
    );
    expect(history.data!.auditEvents.nodes).toEqual(expect.arrayContaining([{ action: 'EXPORT', actor: 'staff' }]));
  });

  it('case workers, partners and donors are refused, and nothing is audited for them', async () => {
    for (const who of [worker, identity('partner', f.partnerOrg), identity('donor', f.donorOrg)]) {
      who.programIds = [PROGRAM];
      const r = await gql(who, EXPORT, { programId: PROGRAM });
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data?.exportHtcds ?? null).toBeNull();
      expect(JSON.stringify(r)).not.toContain('Qwertyuiop');
    }
    const { data } = await AuditEvent.query.byRecord({ entityType: 'Program', entityId: PROGRAM }).go({ pages: 'all' });
    expect(data.filter((a) => a.action === 'EXPORT')).toHaveLength(2);
  });

  it('an unknown program is NOT_FOUND', async () => {
    const r = await gql(staff, EXPORT, { programId: 'no-such-program' });
    expect(r.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("uses the program's own k: lowered to 5 by an admin, the two minors' groups (6 and 5) stay as they are", async () => {
    const set = await gql(admin, 'mutation($p: ID!, $k: Int!) { setProgramStatisticsK(programId: $p, k: $k) { statisticsK } }', {
      p: PROGRAM,
      k: 5,
    });
    expect(set.errors).toBeUndefined();
    const e = (await gql(staff, EXPORT, { programId: PROGRAM })).data!.exportHtcds;
    // At 11 the minors were generalised to MINOR (11 rows); at 5 each age band's group is big enough.
    expect(e).toMatchObject({ cases: 24, rows: 23, droppedRows: 1, generalisedRows: 0, k: 5 });
    expect(e.csv).not.toContain(',MINOR,');
  });
});
