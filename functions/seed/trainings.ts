import type { CreateOrganization } from '@ruta/schema/zod/organization';
import type { CreateTraining } from '@ruta/schema/zod/training';
import { PROGRAM_ID } from './ecuadorProgram.ts';

/**
 * The trainings of the seed report (IOM Ecuador, 2006–2009), with the counts it gives. Where the report
 * gives a year or a month but no day, the training starts on a day of that month chosen here; where it
 * gives no split by sex, the participants are "not recorded". Trainings of State institutions count
 * under activity 1.1 (the National Plan's institutions), the others under 2.2 (complementary activities).
 */
type SeedOrganization = Omit<CreateOrganization, 'id'> & { id: string };
const org = (o: Pick<SeedOrganization, 'id' | 'name' | 'kind'> & Partial<SeedOrganization>): SeedOrganization => ({
  acronym: null,
  country: 'EC',
  province: 'Pichincha',
  city: 'Quito',
  contactPerson: null,
  email: null,
  phone: null,
  notes: null,
  ...o,
});

/** Organizations the trainings name that the agreements' seed does not have. */
export const trainingOrganizations: SeedOrganization[] = [
  org({
    id: 'org-ciespal',
    name: 'Centro Internacional de Estudios Superiores de Comunicación para América Latina',
    acronym: 'CIESPAL',
    kind: 'ACADEMIC',
  }),
  org({ id: 'org-senami', name: 'Secretaría Nacional del Migrante', acronym: 'SENAMI', kind: 'MINISTRY' }),
  org({ id: 'org-mintrab', name: 'Ministerio de Trabajo y Empleo', kind: 'MINISTRY' }),
  org({ id: 'org-unicef', name: 'Fondo de las Naciones Unidas para la Infancia', acronym: 'UNICEF', kind: 'INTERNATIONAL_ORGANIZATION' }),
];

type SeedTraining = CreateTraining & { id: string };
const IOM = 'org-iom-ec';
const training = (t: Omit<SeedTraining, 'programId' | 'topics' | 'roster'> & { topics?: string[] }): SeedTraining => ({
  programId: PROGRAM_ID,
  topics: ['Trata de personas'],
  roster: null,
  ...t,
});
const line = (l: { organizationId?: string; group?: string; women?: number; men?: number; notRecorded?: number }) => ({
  organizationId: l.organizationId ?? null,
  group: l.group ?? null,
  women: l.women ?? 0,
  men: l.men ?? 0,
  notRecorded: l.notRecorded ?? 0,
  expectedTotal: null,
});

/** 2,500 police officers trained in 2008 in five cities: one workshop per city, 500 each. */
const policeCities = [
  { id: 'portoviejo', city: 'Portoviejo', provinceCode: '13', cantonCode: '1301', startDate: '2008-03-11' },
  { id: 'esmeraldas', city: 'Esmeraldas', provinceCode: '08', cantonCode: '0801', startDate: '2008-04-15' },
  { id: 'santo-domingo', city: 'Santo Domingo', provinceCode: '23', cantonCode: '2301', startDate: '2008-05-13' },
  { id: 'riobamba', city: 'Riobamba', provinceCode: '06', cantonCode: '0601', startDate: '2008-06-10' },
  { id: 'quito', city: 'Quito', provinceCode: '17', cantonCode: '1701', startDate: '2008-07-08' },
];

export const seedTrainings: SeedTraining[] = [
  ...policeCities.map((c) =>
    training({
      id: `trn-police-${c.id}`,
      title: `Capacitación a la Policía Nacional en trata de personas — ${c.city}`,
      kind: 'WORKSHOP',
      topics: ['Trata de personas', 'Identificación de víctimas', 'Investigación del delito'],
      startDate: c.startDate,
      endDate: c.startDate,
      place: { country: 'EC', provinceCode: c.provinceCode, cantonCode: c.cantonCode, locality: null },
      organizerIds: [IOM],
      objectiveCode: '1.1',
      audience: [line({ organizationId: 'org-policia', notRecorded: 500 })],
    }),
  ),
  training({
    id: 'trn-military-police',
    title: 'Taller sobre trata de personas para la Policía Militar',
    kind: 'WORKSHOP',
    startDate: '2008-02-19',
    endDate: '2008-02-20',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null },
    organizerIds: [IOM],
    objectiveCode: '1.1',
    audience: [line({ group: 'Oficiales de la Policía Militar', notRecorded: 35 })],
  }),
  training({
    id: 'trn-judges-prosecutors',
    title: 'Seminario para jueces y fiscales sobre el delito de trata',
    kind: 'SEMINAR',
    topics: ['Trata de personas', 'Marco legal', 'Protección de víctimas en el proceso penal'],
    startDate: '2008-10-14',
    endDate: '2008-10-15',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null },
    organizerIds: [IOM],
    objectiveCode: '1.1',
    audience: [line({ group: 'Jueces y fiscales', women: 10, notRecorded: 21 })],
  }),
  training({
    id: 'trn-senami',
    title: 'Capacitación a funcionarios de la SENAMI',
    kind: 'WORKSHOP',
    topics: ['Trata de personas', 'Migración riesgosa'],
    startDate: '2009-02-10',
    endDate: '2009-02-10',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null },
    organizerIds: [IOM],
    objectiveCode: '1.1',
    audience: [line({ organizationId: 'org-senami', notRecorded: 13 })],
  }),
  training({
    id: 'trn-labour-inspectors',
    title: 'Taller para inspectores de trabajo sobre trata con fines de explotación laboral',
    kind: 'WORKSHOP',
    topics: ['Explotación laboral', 'Trabajo infantil', 'Trata de personas'],
    startDate: '2009-03-17',
    endDate: '2009-03-18',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null },
    organizerIds: [IOM, 'org-unicef'],
    objectiveCode: '1.1',
    audience: [
      line({ organizationId: 'org-mintrab', notRecorded: 25 }),
      line({ organizationId: 'org-unicef', notRecorded: 3 }),
      line({ organizationId: 'org-mies', notRecorded: 2 }),
    ],
  }),
  training({
    id: 'trn-journalists-ciespal',
    title: 'Seminario para periodistas: la trata de personas en los medios',
    kind: 'SEMINAR',
    topics: ['Trata de personas', 'Ética periodística', 'Tratamiento informativo'],
    startDate: '2007-08-21',
    endDate: '2007-08-22',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: 'CIESPAL' },
    organizerIds: [IOM, 'org-ciespal'],
    objectiveCode: '2.2',
    audience: [line({ group: 'Periodistas', notRecorded: 70 })],
  }),
  training({
    id: 'trn-tourism-chambers',
    title: 'Sensibilización a cámaras de turismo sobre explotación sexual en el turismo',
    kind: 'AWARENESS_EVENT',
    topics: ['Turismo responsable', 'Explotación sexual de niñas, niños y adolescentes'],
    startDate: '2009-06-09',
    endDate: '2009-06-09',
    place: { country: 'EC', provinceCode: '17', cantonCode: '1701', locality: null },
    organizerIds: [IOM],
    objectiveCode: '2.2',
    audience: [line({ group: 'Delegados de cámaras de turismo', notRecorded: 25 })],
  }),
  training({
    id: 'trn-communities',
    title: 'Sensibilización comunitaria sobre trata de personas en 20 comunidades',
    kind: 'AWARENESS_EVENT',
    topics: ['Prevención de la trata', 'Migración segura'],
    startDate: '2008-10-01',
    endDate: '2008-12-19',
    place: { country: 'EC', provinceCode: null, cantonCode: null, locality: '20 comunidades' },
    organizerIds: [IOM, 'org-fnj'],
    objectiveCode: '2.2',
    audience: [line({ group: 'Miembros de 20 comunidades', notRecorded: 1033 })],
  }),
];
