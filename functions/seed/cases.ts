import type { RequestContext } from '#platform/context';
import { transact } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { caseStageStep, forgetCaseItems, readableCase } from '#modules/case/access';
import { createCase } from '#modules/case/service';
import { PROGRAM_ID } from './ecuadorProgram.ts';

/**
 * Synthetic cases only — never real people: names are "Persona Demo 001"…, documents and dates made
 * up. Shaped like the program's figures (seed, sections 3–4): most cases reported by the police
 * unit (DINAPEN / Unidad contra la trata), victims assisted at the Adoratrices shelter, some
 * registered by IOM and the Azuay prosecutor; two in three are minors; a third are overdue in their
 * stage (a due date in the past).
 */
interface SeedCase {
  n: number;
  owner: string;
  objectiveCode: string;
  exploitation: ('SEXUAL' | 'LABOUR' | 'FORCED_BEGGING' | 'DOMESTIC_SERVITUDE' | 'ILLICIT_ACTIVITIES')[];
  age: number;
  sex: 'FEMALE' | 'MALE';
  province: string;
  canton: string;
  reported: string;
  identified?: string;
  dueInDays?: number;
}

const OWNERS = ['org-dinapen', 'org-dinapen', 'org-adoratrices', 'org-iom-ec', 'org-dinapen', 'org-adoratrices', 'org-fiscalia-azuay'];
const PLACES: [string, string][] = [
  ['07', '0701'], // El Oro, Machala
  ['17', '1701'], // Pichincha, Quito
  ['09', '0901'], // Guayas, Guayaquil
  ['01', '0101'], // Azuay, Cuenca
  ['10', '1001'], // Imbabura, Ibarra
  ['08', '0801'], // Esmeraldas
];
const KINDS: SeedCase['exploitation'][] = [
  ['SEXUAL'],
  ['LABOUR'],
  ['SEXUAL', 'LABOUR'],
  ['FORCED_BEGGING'],
  ['DOMESTIC_SERVITUDE'],
  ['ILLICIT_ACTIVITIES'],
];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** 36 cases between 2007 and 2009, deterministic. */
export const seedCases: SeedCase[] = Array.from({ length: 36 }, (_, i) => {
  const n = i + 1;
  const year = 2007 + (i % 3);
  const month = 1 + ((i * 5) % 12);
  const day = 1 + ((i * 7) % 27);
  const owner = OWNERS[i % OWNERS.length]!;
  const [province, canton] = PLACES[i % PLACES.length]!;
  const identified = i % 5 === 4 ? undefined : `${year}-${pad(month)}-${pad(Math.min(day + 3, 28))}`;
  return {
    n,
    owner,
    objectiveCode: owner === 'org-adoratrices' ? '5.1' : owner === 'org-iom-ec' ? '6.1' : '3.3',
    exploitation: KINDS[i % KINDS.length]!,
    age: i % 3 === 2 ? 19 + (i % 15) : 9 + (i % 9),
    sex: i % 4 === 3 ? 'MALE' : 'FEMALE',
    province,
    canton,
    reported: `${year}-${pad(month)}-${pad(day)}`,
    ...(identified ? { identified } : {}),
    ...(i % 3 === 0 ? { dueInDays: 30 } : {}),
  };
});

const addDays = (iso: string, days: number) => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

export const seedCaseId = (n: number) => `case-demo-${pad(n, 3)}`;

/** Registers the demo cases through the ordinary service (encryption, guards, counters, audit). */
export async function loadCases(ctx: RequestContext, once: (step: () => Promise<unknown>) => Promise<void>): Promise<void> {
  for (const c of seedCases) {
    const birthYear = Number(c.reported.slice(0, 4)) - c.age - 1;
    await once(() =>
      createCase(ctx, {
        id: seedCaseId(c.n),
        programId: PROGRAM_ID,
        objectiveCode: c.objectiveCode,
        ownerOrganizationId: c.owner,
        exploitationTypes: c.exploitation,
        meansOfControl: c.n % 2 ? ['FALSE_PROMISES', 'WITHHOLDS_DOCUMENTS'] : ['DEBT_BONDAGE', 'THREATS'],
        sex: c.sex,
        ageAtIdentification: c.age,
        nationality: c.n % 6 === 5 ? 'CO' : 'EC',
        provinceIdentified: c.province,
        referralSource: c.owner === 'org-adoratrices' ? 'SHELTER' : c.owner === 'org-fiscalia-azuay' ? 'PROSECUTOR' : 'POLICE',
        dateReported: c.reported,
        dateIdentified: c.identified ?? null,
        recruitmentPlace: { country: 'EC', provinceCode: c.province, cantonCode: c.canton },
        exploitationPlace: { country: c.n % 6 === 5 ? 'CO' : 'EC', ...(c.n % 6 === 5 ? { locality: 'Pasto' } : { provinceCode: '07' }) },
        criminalProceedings: c.n % 4 === 0 ? 'COMPLAINANT' : 'UNKNOWN',
        identity: {
          fullName: `Persona Demo ${pad(c.n, 3)}`,
          dateOfBirth: `${birthYear}-${pad(1 + (c.n % 12))}-${pad(1 + (c.n % 27))}`,
          documentType: 'NATIONAL_ID',
          documentNumber: `DEMO-${pad(c.n, 6)}`,
          contacts: [`+593 99 000 0${pad(c.n, 3)}`],
        },
      }),
    );
    if (c.dueInDays) {
      // A time limit for the stage the case is in, long past: the case shows as overdue.
      const { case: current } = await readableCase(ctx, seedCaseId(c.n));
      if (current.stageDueOn) continue;
      const { steps } = caseStageStep(current, { stageDueOn: addDays(current.stageSince, c.dueInDays), at: ctx.now });
      await transact([...steps, auditStep(ctx, 'UPDATE', 'Case', current.caseId, { before: current.version, after: current.version + 1 })]);
      forgetCaseItems(ctx, current.caseId);
    }
  }
}
