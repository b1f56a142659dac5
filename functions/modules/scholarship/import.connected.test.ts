import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_ROWS } from '@ruta/schema/limits';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { ProgramStat } from '#modules/aggregates/entity';
import { Scholarship } from '#modules/scholarship/entity';
import { recountProgram } from '../../jobs/recount.ts';

const IMPORT = `mutation($batchId: ID!, $rows: [ScholarshipImportRow!]!) {
  importScholarships(batchId: $batchId, rows: $rows) { written alreadyImported failed { row field key message params { name value } } } }`;
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Scholarship", entityId: $id) { nodes { action } } }';
const ORG = 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }';

const f = useProgramFixture();
const P = 'prog-imp';
let sponsor = '';
let implementer = '';

async function setup() {
  if (sponsor) return;
  await f.newProgram(P);
  sponsor = (await f.ok(ORG, { i: { name: 'Movistar', kind: 'COMPANY', country: 'EC' } })).id;
  implementer = (await f.ok(ORG, { i: { name: 'INFA', kind: 'MINISTRY', country: 'EC' } })).id;
}

const CANTONS = [
  ['17', '1701'],
  ['07', '0701'],
  ['21', '2101'],
] as const;
const row = (i: number, over: Record<string, unknown> = {}) => ({
  row: i,
  programId: P,
  objectiveCode: i % 2 ? '1.1' : '2.1',
  sponsorId: sponsor,
  implementerId: implementer,
  beneficiaryCode: `PRN-${i.toString().padStart(5, '0')}`,
  group: 'AT_RISK_YOUTH',
  place: { provinceCode: CANTONS[i % 3]![0], cantonCode: CANTONS[i % 3]![1] },
  educationLevel: 'PRIMARY',
  period: '2008-2009',
  awardedOn: `2009-0${1 + (i % 3)}-15`,
  amount: 15_000,
  currency: 'USD',
  status: i % 4 ? 'AWARDED' : 'ACTIVE',
  ...over,
});
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => row(from + k));
const run = async (rs: unknown[], who = f.staff) => f.api.gql(who, IMPORT, { batchId: 'b1', rows: rs });
const result = async (rs: unknown[]) => {
  const r = await run(rs);
  expect(r.errors).toBeUndefined();
  return r.data!.importScholarships as { written: number; alreadyImported: number; failed: { row: number; field: string; key: string }[] };
};
const awarded = async () =>
  (await ProgramStat.query.byMonth({ programId: P }).go({ pages: 'all' })).data.reduce((a, s) => a + (s.scholarshipsAwarded ?? 0), 0);
const stored = async () => (await Scholarship.query.byProgram({ programId: P }).go({ pages: 'all' })).data.length;

describe('scholarship batch import', () => {
  it('imports 1,000 rows in two calls, counts them once, and a re-upload writes nothing', async () => {
    await setup();
    let t = Date.now();
    expect(await result(rows(1, 500))).toEqual({ written: 500, alreadyImported: 0, failed: [] });
    console.log('500 rows', Date.now() - t);
    t = Date.now();
    expect(await result(rows(501, 1000))).toEqual({ written: 500, alreadyImported: 0, failed: [] });
    expect(await stored()).toBe(1000);
    expect(await awarded()).toBe(1000);
    expect(await recountProgram(P)).toEqual([]);
    // Each row has its audit event.
    const some = (await Scholarship.query.byProgram({ programId: P }).go({ limit: 1 })).data[0]!;
    expect((await f.api.gql(identity('admin'), AUDIT, { id: some.id })).data!.auditEvents.nodes).toEqual([{ action: 'CREATE' }]);

    // The same file again: nothing new, every row "already imported".
    expect(await result(rows(1, 500))).toEqual({ written: 0, alreadyImported: 500, failed: [] });
    expect(await stored()).toBe(1000);
    expect(await awarded()).toBe(1000);
    // A row changed since: reported, not overwritten.
    const changed = await result([row(7, { amount: 99 })]);
    expect(changed.failed).toEqual([expect.objectContaining({ row: 7, key: 'validation.row_conflict' })]);
    expect(await recountProgram(P)).toEqual([]);
  }, 180_000);

  it('reports invalid rows by row and field and writes the valid ones; a row failing half-way through a chunk leaves no half chunk', async () => {
    await setup();
    const batch = rows(2001, 2120);
    batch[10] = row(2011, { beneficiaryCode: 'Juan Pérez' });
    batch[20] = row(2021, { place: { provinceCode: '07', cantonCode: '1701' } });
    batch[30] = row(2031, { amount: -5 });
    // Valid in shape, but the sponsor does not exist: only the transaction finds out, half-way through a chunk.
    batch[60] = row(2061, { sponsorId: 'no-such-org' });
    batch[70] = { ...batch[69] } as never; // the same row twice in one file
    (batch[70] as { row: number }).row = 2071;
    const before = await awarded();
    const r = await result(batch);
    expect(r.written).toBe(115);
    expect(r.failed).toEqual([
      expect.objectContaining({ row: 2011, field: 'beneficiaryCode', key: 'validation.beneficiary_code' }),
      expect.objectContaining({ row: 2021, field: 'place.cantonCode', key: 'validation.canton_not_in_province' }),
      expect.objectContaining({ row: 2031, field: 'amount', key: 'validation.not_negative' }),
      expect.objectContaining({ row: 2061, field: 'sponsorId', key: 'validation.unknown_party' }),
      // The message's params come along, so the console's translation names the first row too.
      expect.objectContaining({
        row: 2071,
        field: null,
        key: 'validation.duplicate_row',
        message: 'The same record as row 2070 of this file',
        params: [{ name: 'row', value: '2070' }],
      }),
    ]);
    expect(await awarded()).toBe(before + 115);
    expect(await recountProgram(P)).toEqual([]);
    // Fixed and uploaded again: the fixed rows land, the others are already there.
    const fixed = rows(2001, 2120);
    const again = await result(fixed);
    // The four invalid rows and the duplicate's own (different) row land now; the rest were there.
    expect(again).toEqual({ written: 5, alreadyImported: 115, failed: [] });
    expect(await recountProgram(P)).toEqual([]);
  }, 120_000);

  it(`refuses more than ${MAX_IMPORT_ROWS} rows a call, and anyone but the program team`, async () => {
    await setup();
    const e = onlyError(await run(rows(5001, 5001 + MAX_IMPORT_ROWS)));
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ key: 'validation.too_many_rows' })] });
    for (const who of [identity('partner', sponsor), identity('caseworker'), identity('donor')])
      expect(onlyError(await run(rows(6001, 6002), who)).extensions!.code).toBe('FORBIDDEN');
    expect(await Scholarship.get({ id: 'x' }).go()).toMatchObject({ data: null });
  });
});
