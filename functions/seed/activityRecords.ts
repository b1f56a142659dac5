import type { RequestContext } from '#platform/context';
import type { CreateActivityRecord } from '@ruta/schema/zod/activityRecord';
import { reviewActivityRecords } from '#modules/activityRecord/review';
import { createActivityRecord, getActivityRecord, submitActivityRecord } from '#modules/activityRecord/service';
import { createIndicator } from '#modules/framework/service';
import { createOrganization } from '#modules/organization/service';
import { PROGRAM_ID } from './ecuadorProgram.ts';

/**
 * Partners' activity records of 2008–2009 as the partners reported them (the seed report's narrative):
 * Cuenca's awareness workshops (more than 4,000 youngsters in 13 schools), the shelter pilot's 1,033 people
 * trained in 20 communities, Machala's support groups, Fundación Nuestros Jóvenes' fairs. Some approved,
 * some pending review, one returned with the reviewer's comment, one draft — written through the service
 * (validation, transactions, aggregates, audit) like every seed record. Splits by age and sex the report
 * does not give are the demo's.
 */
type Seed = Omit<CreateActivityRecord, 'programId' | 'attachments' | 'trainingId' | 'agreementId' | 'expectedTotal'> & {
  id: string;
  outcome: 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'RETURNED';
  comment?: string;
};

const azuay = { country: 'EC', provinceCode: '01', cantonCode: '0101', locality: null };
const pichincha = { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null };
const elOro = { country: 'EC', provinceCode: '07', cantonCode: '0701', locality: null };

const cuencaCouncil = {
  id: 'org-ccpd-cuenca',
  name: 'Consejo Cantonal de la Niñez y Adolescencia de Cuenca',
  acronym: null,
  kind: 'LOCAL_GOVERNMENT' as const,
  country: 'EC',
  province: 'Azuay',
  city: 'Cuenca',
  contactPerson: null,
  email: null,
  phone: null,
  notes: null,
};

/** Machala's cantonal plan, whose council runs the support groups (the seed's Municipio de Machala is loaded last). */
const machalaCouncil = {
  ...cuencaCouncil,
  id: 'org-ccna-machala',
  name: 'Concejo Cantonal de la Niñez y Adolescencia de Machala',
  province: 'El Oro',
  city: 'Machala',
};

const seedActivityRecords: Seed[] = [
  {
    id: 'act-cuenca-2008-q2',
    organizationId: cuencaCouncil.id,
    objectiveCode: '2.3',
    title: 'Talleres de prevención de la trata en 13 colegios de Cuenca',
    kind: 'AWARENESS_EVENT',
    startDate: '2008-04-14',
    endDate: '2008-06-27',
    place: azuay,
    reached: [
      { band: 'ADOLESCENT', women: 2150, men: 1962, notRecorded: 0 },
      { band: 'ADULT', women: 26, men: 12, notRecorded: 0 },
    ],
    narrative: 'Talleres con estudiantes de 13 colegios fiscales y particulares de Cuenca, con sus docentes.',
    outcome: 'APPROVED',
  },
  {
    id: 'act-adoratrices-2008-q3',
    organizationId: 'org-adoratrices',
    objectiveCode: '2.2',
    title: 'Capacitación comunitaria del piloto del albergue en 20 comunidades',
    kind: 'TRAINING',
    startDate: '2008-07-07',
    endDate: '2008-09-26',
    place: pichincha,
    reached: [
      { band: 'ADOLESCENT', women: 180, men: 141, notRecorded: 0 },
      { band: 'ADULT', women: 432, men: 280, notRecorded: 0 },
    ],
    narrative: '1.033 personas capacitadas en 20 comunidades sobre trata de personas y la ruta de atención.',
    outcome: 'APPROVED',
  },
  {
    id: 'act-machala-2008-q4',
    organizationId: machalaCouncil.id,
    objectiveCode: '2.3',
    title: 'Grupos de apoyo a familias en Machala',
    kind: 'DIRECT_ASSISTANCE',
    startDate: '2008-10-06',
    endDate: '2008-12-15',
    place: elOro,
    reached: [{ band: 'ADULT', women: 41, men: 9, notRecorded: 0 }],
    narrative: 'Seis sesiones de grupos de apoyo para familias de niñas, niños y adolescentes en riesgo.',
    outcome: 'SUBMITTED',
  },
  {
    id: 'act-machala-2009-q1',
    organizationId: machalaCouncil.id,
    objectiveCode: '2.3',
    title: 'Grupos de apoyo a familias en Machala (segundo ciclo)',
    kind: 'DIRECT_ASSISTANCE',
    startDate: '2009-01-12',
    endDate: '2009-03-23',
    place: elOro,
    reached: [
      { band: 'ADULT', women: 37, men: 11, notRecorded: 0 },
      { band: 'CHILD', women: 14, men: 10, notRecorded: 0 },
    ],
    narrative: 'Segundo ciclo de los grupos de apoyo, con espacio para niñas y niños.',
    outcome: 'SUBMITTED',
  },
  {
    id: 'act-fnj-2009-q1',
    organizationId: 'org-fnj',
    objectiveCode: '2.2',
    title: 'Ferias de prevención en barrios del sur de Quito',
    kind: 'AWARENESS_EVENT',
    startDate: '2009-02-07',
    endDate: '2009-03-14',
    place: pichincha,
    reached: [{ band: 'ADOLESCENT', women: 310, men: 295, notRecorded: 40 }],
    narrative: 'Cuatro ferias con stands, teatro y material informativo.',
    outcome: 'RETURNED',
    comment: 'Falta el listado de barrios y colegios participantes; adjunte el informe de cada feria.',
  },
  {
    id: 'act-fnj-2009-q2',
    organizationId: 'org-fnj',
    objectiveCode: '2.2',
    title: 'Programa radial sobre trata de personas',
    kind: 'MEDIA',
    startDate: '2009-04-04',
    endDate: '2009-06-27',
    place: pichincha,
    reached: [],
    narrative: 'Doce programas en una radio comunitaria.',
    outcome: 'DRAFT',
  },
];

/** The computed indicator that sums the approved records' people reached under objective 2. */
const reachedIndicator = {
  id: 'ind-2-reached',
  programId: PROGRAM_ID,
  objectiveCode: '2',
  name: 'People reached by partners’ approved activities (from activity records)',
  unit: 'COUNT' as const,
  target: 6000,
  baseline: 0,
  source: 'COMPUTED' as const,
  metric: 'PEOPLE_REACHED' as const,
};

export async function loadActivityRecords(ctx: RequestContext, once: (step: () => Promise<unknown>) => Promise<void>): Promise<void> {
  await once(() => createOrganization(ctx, cuencaCouncil));
  await once(() => createOrganization(ctx, machalaCouncil));
  await once(() => createIndicator(ctx, reachedIndicator));
  for (const { outcome, comment, ...r } of seedActivityRecords) {
    await once(() => createActivityRecord(ctx, { ...r, programId: PROGRAM_ID }));
    const stored = await getActivityRecord(ctx, r.id);
    if (stored.status !== 'DRAFT' || outcome === 'DRAFT') continue;
    await submitActivityRecord(ctx, r.id, stored.version);
    if (outcome === 'SUBMITTED') continue;
    await reviewActivityRecords(ctx, { ids: [r.id], decision: outcome === 'APPROVED' ? 'APPROVE' : 'RETURN', comment: comment ?? null });
  }
}
