import type { CreateOrganization } from '@ruta/schema/zod/organization';

/**
 * Demo data from the seed report: IOM Ecuador's "Combating Trafficking in Persons in Ecuador"
 * program (USAID Cooperative Agreement 518-A-00-06-00077-00, October 2006 – July 2009). Ids are
 * fixed so loading twice never duplicates anything. Contact data is invented and marked as such.
 */
type SeedOrganization = Omit<CreateOrganization, 'id'> & { id: string };

const org = (o: Partial<SeedOrganization> & Pick<SeedOrganization, 'id' | 'name' | 'kind'>): SeedOrganization => ({
  acronym: null, country: 'EC', province: 'Pichincha', city: 'Quito', contactPerson: null, email: null, phone: null, notes: null,
  ...o,
});

export const seedOrganizations: SeedOrganization[] = [
  org({ id: 'org-iom-ec', name: 'Organización Internacional para las Migraciones — Ecuador', acronym: 'OIM', kind: 'INTERNATIONAL_ORGANIZATION',
    contactPerson: 'Demo contact (invented)', email: 'demo.oim@example.org', phone: '+593 2 000 0001',
    notes: 'Executing agency of the program; project management site IOM Quito.' }),
  org({ id: 'org-usaid', name: 'USAID/Ecuador', acronym: 'USAID', kind: 'DONOR', country: 'EC',
    notes: 'Funds the program under Cooperative Agreement 518-A-00-06-00077-00.' }),
  org({ id: 'org-mi', name: 'Ministerio de Gobierno', acronym: 'MI', kind: 'MINISTRY' }),
  org({ id: 'org-mjdh', name: 'Ministerio de Justicia y Derechos Humanos', kind: 'MINISTRY' }),
  org({ id: 'org-mre', name: 'Ministerio de Relaciones Exteriores', acronym: 'MRE', kind: 'MINISTRY',
    notes: 'Protocol on consular assistance for victims, presented May 2009.' }),
  org({ id: 'org-mies', name: 'Ministerio de Inclusión Económica y Social', acronym: 'MIES', kind: 'MINISTRY' }),
  org({ id: 'org-infa', name: 'Instituto Nacional de la Niñez y la Familia', acronym: 'INFA', kind: 'MINISTRY' }),
  org({ id: 'org-dinapen', name: 'Dirección Nacional de Policía Especializada para Niños, Niñas y Adolescentes', acronym: 'DINAPEN', kind: 'POLICE' }),
  org({ id: 'org-policia', name: 'Policía Nacional del Ecuador', kind: 'POLICE' }),
  org({ id: 'org-cnna', name: 'Consejo Nacional de la Niñez y Adolescencia', acronym: 'CNNA', kind: 'OTHER' }),
  org({ id: 'org-fnj', name: 'Fundación Nuestros Jóvenes', acronym: 'FNJ', kind: 'NGO',
    contactPerson: 'Demo contact (invented)', email: 'demo.fnj@example.org', phone: '+593 2 000 0002',
    notes: 'Ran the Shelter Pilot Program until March 2009; hotline for automated information.' }),
  org({ id: 'org-quimera', name: 'Fundación Quimera', acronym: 'FQ', kind: 'NGO', province: 'El Oro', city: 'Machala',
    contactPerson: 'Demo contact (invented)', email: 'demo.quimera@example.org',
    notes: 'Ran the Shelter Pilot Program until September 2008.' }),
  org({ id: 'org-adoratrices', name: 'Congregación de las Hermanas Adoratrices', acronym: 'Adoratrices', kind: 'SHELTER',
    notes: 'Shelter in Quito for adult women victims, up to 7 at a time.' }),
  org({ id: 'org-conamu', name: 'Consejo Nacional de las Mujeres', acronym: 'CONAMU', kind: 'OTHER' }),
  org({ id: 'org-fiscalia-azuay', name: 'Fiscalía Provincial del Azuay', kind: 'PROSECUTOR', province: 'Azuay', city: 'Cuenca' }),
  org({ id: 'org-bid', name: 'Banco Interamericano de Desarrollo', acronym: 'BID', kind: 'INTERNATIONAL_ORGANIZATION' }),
  org({ id: 'org-ricky-martin', name: 'Fundación Ricky Martin', kind: 'NGO', country: 'PR', province: null, city: 'San Juan' }),
  org({ id: 'org-junior-achievement', name: 'Junior Achievement Ecuador', kind: 'NGO' }),
  org({ id: 'org-movistar', name: 'Movistar Ecuador', kind: 'COMPANY' }),
  org({ id: 'org-fe-alegria', name: 'Fe y Alegría Ecuador', kind: 'NGO' }),
  org({ id: 'org-esperanza', name: 'Fundación Esperanza', kind: 'NGO' }),
  org({ id: 'org-esquel', name: 'Fundación Esquel', kind: 'NGO' }),
  org({ id: 'org-machala', name: 'Municipio de Machala', kind: 'LOCAL_GOVERNMENT', province: 'El Oro', city: 'Machala' }),
];

export const seedAgreements = [
  { id: 'agr-usaid-iom', programId: 'prog-ecuador-tip', kind: 'COOPERATIVE_AGREEMENT', title: 'Cooperative Agreement 518-A-00-06-00077-00',
    partyIds: ['org-usaid', 'org-iom-ec'], signedOn: '2006-09-29', startDate: '2006-10-01', endDate: '2009-07-31',
    status: 'ACTIVE', value: 80_000_000, currency: 'USD',
    purpose: 'Combating Trafficking in Persons in Ecuador: support the National Plan against TIP (five modifications; total estimated cost raised from USD 250,000 to USD 800,000).',
    objectiveCodes: ['0'] },
  { id: 'agr-iom-mre', programId: 'prog-ecuador-tip', kind: 'COOPERATIVE_AGREEMENT', title: 'Fortalecimiento de servicios consulares (OIM–MRE)',
    partyIds: ['org-iom-ec', 'org-mre'], startDate: '2007-03-01', endDate: '2009-05-31', status: 'ACTIVE',
    purpose: 'Protocol on consular assistance for victims of trafficking.', objectiveCodes: ['4.1'] },
  { id: 'agr-iom-adoratrices', programId: 'prog-ecuador-tip', kind: 'COOPERATIVE_AGREEMENT', title: 'Apoyo a víctimas adultas en el albergue de las Adoratrices',
    partyIds: ['org-iom-ec', 'org-adoratrices'], signedOn: '2008-01-03', startDate: '2008-01-03', endDate: '2009-07-31',
    status: 'ACTIVE', purpose: 'Technical and financial support, case by case, for adult female victims in the shelter.', objectiveCodes: ['5'] },
  { id: 'agr-iom-conamu', programId: 'prog-ecuador-tip', kind: 'MOU', title: 'Acción conjunta en prevención de la trata (OIM–CONAMU)',
    partyIds: ['org-iom-ec', 'org-conamu'], signedOn: '2008-07-15', startDate: '2008-07-15', endDate: '2009-07-31',
    status: 'ACTIVE', purpose: 'Prevention, protection of women victims, women rights and gender equality.', objectiveCodes: ['2'] },
  { id: 'agr-iom-fnj', programId: 'prog-ecuador-tip', kind: 'CONTRACT', title: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
    partyIds: ['org-iom-ec', 'org-fnj'], startDate: '2007-06-01', endDate: '2009-03-31', status: 'ACTIVE',
    value: 15_000_000, currency: 'USD', purpose: 'Shelter Pilot Program for adolescent victims in Quito.', objectiveCodes: ['5', '6'] },
  { id: 'agr-iom-quimera', programId: 'prog-ecuador-tip', kind: 'CONTRACT', title: 'Programa Piloto de Albergue — Fundación Quimera',
    partyIds: ['org-iom-ec', 'org-quimera'], startDate: '2007-06-01', endDate: '2008-09-30', status: 'TERMINATED',
    purpose: 'Shelter Pilot Program in Machala.', objectiveCodes: ['5'] },
  { id: 'agr-scholarships', programId: 'prog-ecuador-tip', kind: 'LETTER_OF_INTENT', title: 'Becas educativas para víctimas (Fe y Alegría, INFA, Movistar)',
    partyIds: ['org-iom-ec', 'org-fe-alegria', 'org-infa', 'org-movistar'], signedOn: '2009-01-15', startDate: '2009-01-15', status: 'ACTIVE',
    purpose: 'Educational scholarships for victims and at-risk young people.', objectiveCodes: ['6.2'] },
  { id: 'agr-cnna-azuay', kind: 'MOU', title: 'Mecanismo conjunto de atención a víctimas en Cuenca',
    partyIds: ['org-cnna', 'org-fiscalia-azuay', 'org-infa'], startDate: '2008-05-01', status: 'ACTIVE',
    purpose: 'Joint mechanism to assist victims of commercial sexual exploitation and trafficking of children in Cuenca.', objectiveCodes: [] },
] as const;

/** One demo user per role; passwords are printed by `npm start` and stored only as hashes. */
export const demoUsers = [
  { username: 'admin', displayName: 'Ana Admin', role: 'admin', organizationId: 'org-iom-ec', password: 'ruta-admin' },
  { username: 'staff', displayName: 'Sofía Staff (OIM)', role: 'staff', organizationId: 'org-iom-ec', password: 'ruta-staff' },
  { username: 'caseworker', displayName: 'Carlos Caseworker (OIM)', role: 'caseworker', organizationId: 'org-iom-ec', password: 'ruta-caseworker' },
  { username: 'partner', displayName: 'Paula Partner (FNJ)', role: 'partner', organizationId: 'org-fnj', programIds: ['prog-ecuador-tip'], password: 'ruta-partner' },
  { username: 'donor', displayName: 'Diego Donor (USAID)', role: 'donor', organizationId: 'org-usaid', programIds: ['prog-ecuador-tip'], password: 'ruta-donor' },
] as const;
