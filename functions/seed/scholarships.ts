import type { ScholarshipImportRow } from '@ruta/schema/generated/types';
import { MAX_IMPORT_ROWS } from '@ruta/schema/limits';
import type { RequestContext } from '#platform/context';
import { importScholarships } from '#modules/scholarship/service';
import { PROGRAM_ID } from './ecuadorProgram.ts';

/**
 * The report's scholarship batches as synthetic, pseudonymous rows (no names, codes only): Movistar's
 * Proniño program (sponsor Movistar, run with Fe y Alegría) gave 216 at-risk young people in Quito, 80
 * in Machala and 80 in Lago Agrio scholarships from January to March 2009; a few Fe y Alegría and INFA
 * scholarships for victims of trafficking complete them. Counted under 6.2 (partnerships for education
 * and training). The amounts and the exact days are the demo's (the report gives none).
 */
const batch = (
  prefix: string,
  count: number,
  over: Pick<ScholarshipImportRow, 'sponsorId' | 'implementerId' | 'group' | 'place' | 'awardedOn' | 'educationLevel' | 'amount'>,
): Omit<ScholarshipImportRow, 'row'>[] =>
  Array.from({ length: count }, (_, i) => ({
    programId: PROGRAM_ID,
    objectiveCode: '6.2',
    beneficiaryCode: `${prefix}-${String(i + 1).padStart(4, '0')}`,
    period: '2008-2009',
    currency: 'USD',
    status: 'ACTIVE',
    statusDate: over.awardedOn,
    ...over,
    // Every tenth a secondary-school pupil, the rest primary.
    educationLevel: i % 10 === 9 ? 'SECONDARY' : over.educationLevel,
  }));

export const seedScholarships: Omit<ScholarshipImportRow, 'row'>[] = [
  ...batch('PRN-UIO', 216, {
    sponsorId: 'org-movistar',
    implementerId: 'org-fe-alegria',
    group: 'AT_RISK_YOUTH',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
    awardedOn: '2009-01-19',
    educationLevel: 'PRIMARY',
    amount: 30_000,
  }),
  ...batch('PRN-MCH', 80, {
    sponsorId: 'org-movistar',
    implementerId: 'org-fe-alegria',
    group: 'AT_RISK_YOUTH',
    place: { country: 'EC', provinceCode: '07', cantonCode: '0701' },
    awardedOn: '2009-02-16',
    educationLevel: 'PRIMARY',
    amount: 30_000,
  }),
  ...batch('PRN-LAG', 80, {
    sponsorId: 'org-movistar',
    implementerId: 'org-fe-alegria',
    group: 'AT_RISK_YOUTH',
    place: { country: 'EC', provinceCode: '21', cantonCode: '2101' },
    awardedOn: '2009-03-16',
    educationLevel: 'PRIMARY',
    amount: 30_000,
  }),
  ...batch('FYA-GYE', 6, {
    sponsorId: 'org-fe-alegria',
    implementerId: 'org-fe-alegria',
    group: 'VICTIM_OF_TRAFFICKING',
    place: { country: 'EC', provinceCode: '09', cantonCode: '0901' },
    awardedOn: '2008-09-01',
    educationLevel: 'VOCATIONAL',
    amount: 45_000,
  }),
  ...batch('INFA-UIO', 4, {
    sponsorId: 'org-infa',
    implementerId: 'org-infa',
    group: 'VICTIM_OF_TRAFFICKING',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
    awardedOn: '2008-10-06',
    educationLevel: 'SECONDARY',
    amount: 40_000,
  }),
];

/**
 * Loads them through the batch import, as the console does: calls of MAX_IMPORT_ROWS rows. A second
 * load finds every row already imported and writes nothing.
 */
export async function loadScholarships(ctx: RequestContext) {
  const rows = seedScholarships.map((r, i) => ({ ...r, row: i + 1 }));
  const total = { written: 0, alreadyImported: 0, failed: 0 };
  for (let i = 0; i < rows.length; i += MAX_IMPORT_ROWS) {
    const r = await importScholarships(ctx, 'seed-scholarships', rows.slice(i, i + MAX_IMPORT_ROWS));
    if (r.failed.length) throw new Error(`Seed scholarships refused: ${JSON.stringify(r.failed.slice(0, 3))}`);
    total.written += r.written;
    total.alreadyImported += r.alreadyImported;
  }
  return total;
}
