import type { IndicatorMetric } from '@ruta/schema/generated/types';

/**
 * The Ecuador program's results framework and costs, from section 4 of the seed report
 * ("Results achieved by objective and costs of activities"). Costs are the report's cumulative
 * figures, recorded as one expenditure per objective at the end of the program; the planned budget
 * equals them because the program spent exactly its confirmed funding. Amounts are in cents.
 */
export const PROGRAM_ID = 'prog-ecuador-tip';

export const ecuadorProgram = {
  id: PROGRAM_ID,
  name: 'Combating Trafficking in Persons in Ecuador',
  country: 'EC',
  donorIds: ['org-usaid'],
  implementerId: 'org-iom-ec',
  agreementReference: 'Cooperative Agreement 518-A-00-06-00077-00',
  startDate: '2006-10-01',
  originalEndDate: '2007-09-30',
  currency: 'USD',
  adminFeeRateBps: 1000,
  originalDeclaredTotal: 25_000_000,
  modifications: [
    {
      number: 1,
      description: 'Increased the total estimated cost from $250,000 to $500,000 and extended the completion date to March 30, 2008.',
      newEndDate: '2008-03-30',
      newDeclaredTotal: 50_000_000,
    },
    { number: 2, description: 'Extended the completion date from March 30, 2008 through April 30, 2008.', newEndDate: '2008-04-30' },
    {
      number: 3,
      description: 'Increased the total estimated cost from $500,000 to $800,000 and extended the completion date to March 30, 2009.',
      newEndDate: '2009-03-30',
      newDeclaredTotal: 80_000_000,
    },
    {
      number: 4,
      description:
        'Modified the cost-share in the Fiscal Data for Modification #3, included a revised budget and added a Branding and Marking Plan.',
    },
    { number: 5, description: 'Extended the award end date from March 31, 2009 to July 31, 2009.', newEndDate: '2009-07-31' },
  ],
};

export const ecuadorObjectives: { code: string; title: string }[] = [
  {
    code: '0',
    title:
      "Contribute to the implementation of the Government of Ecuador's National Plan to Combat Trafficking in Persons and other forms of violence, TIP prevention and the protection of victims",
  },
  {
    code: '1',
    title:
      'Strengthening of the IIC and the TS or the appropriate State institution(s) for the implementation of the National Plan to Combat TIP',
  },
  { code: '1.1', title: 'Work with the appropriate State institution(s) for the implementation of the National Plan to Combat TIP' },
  { code: '2', title: 'Identification and implementation of other activities as necessary to complement national CT efforts' },
  {
    code: '2.1',
    title: 'Additional prevention, protection and prosecution related activities identified and nature of support determined',
  },
  { code: '2.2', title: 'Implement selected activities' },
  { code: '2.3', title: 'Strengthen local policies for the prevention, protection, and rehabilitation of VOT' },
  { code: '3', title: 'Promote inter-institutional mechanism for the registry of VOTs' },
  { code: '3.1', title: 'Analysis of political and technical needs and conditions related to activity implementation' },
  { code: '3.2', title: 'Design and development of tools and strategic alliances necessary for successful activity implementation' },
  { code: '3.3', title: 'Implementation of data collection tools and accompanying strategies' },
  { code: '4', title: 'Develop a protocol for the route of victim assistance in Ecuador' },
  { code: '4.1', title: 'Inter-institutional coordination for the elaboration of the Protocol' },
  { code: '5', title: 'Enhance shelter services for VOTs' },
  { code: '5.1', title: 'Support direct assistance to VOT through innovative initiatives that promote successful reintegration' },
  { code: '5.2', title: 'Support the development of specialized shelter services for adult female VOT' },
  { code: '6', title: 'Development of transitional and follow-up mechanisms to support the successful reintegration of VOTs' },
  { code: '6.1', title: 'Identification of viable alternatives for VOT' },
  { code: '6.2', title: 'Establishment of strategic partnerships to create education, training and income-generating options for VOT' },
  {
    code: '6.3',
    title: 'Direct assistance to VOT including initiatives with their families is enhanced through education and training opportunities',
  },
];

type Unit = 'COUNT' | 'PERCENT' | 'YES_NO' | 'CURRENCY';
interface SeedIndicator {
  id: string;
  objectiveCode: string;
  name: string;
  unit: Unit;
  target: number;
  actual?: number;
  metric?: IndicatorMetric;
}

/** Planned vs executed, as the report lists them; the report gives 100 % for almost everything. */
const pct = (id: string, objectiveCode: string, name: string): SeedIndicator => ({
  id,
  objectiveCode,
  name,
  unit: 'PERCENT',
  target: 100,
  actual: 100,
});

export const ecuadorIndicators: SeedIndicator[] = [
  pct('ind-1-1-a', '1.1', 'Accompaniment in the establishment of a sustained coordination mechanism'),
  pct('ind-1-1-b', '1.1', 'Website established'),
  // Computed from the training records (functions/seed/trainings.ts; the targets are the demo's, the report
  // gives none): trainings of State institutions (1.1).
  {
    id: 'ind-1-trainings',
    objectiveCode: '1',
    name: 'Trainings held for State institutions (from training records)',
    unit: 'COUNT',
    target: 8,
    metric: 'TRAININGS_HELD',
  },
  {
    id: 'ind-1-people',
    objectiveCode: '1',
    name: 'Officials trained (from training records)',
    unit: 'COUNT',
    target: 2500,
    metric: 'PEOPLE_TRAINED',
  },
  {
    id: 'ind-1-women',
    objectiveCode: '1',
    name: 'Women officials trained (from training records)',
    unit: 'COUNT',
    target: 10,
    metric: 'WOMEN_TRAINED',
  },
  pct('ind-2-1-a', '2.1', 'Complementary CT activities identified'),
  pct('ind-2-2-a', '2.2', 'Identified activities implemented'),
  pct('ind-2-3-a', '2.3', 'Intervention sites, partners and additional resources determined'),
  pct('ind-2-3-b', '2.3', 'Technical assistance and training provided to shelters'),
  // Computed from the training records: journalists, tourism chambers and communities (2.2).
  {
    id: 'ind-2-trainings',
    objectiveCode: '2',
    name: 'Complementary trainings and awareness events held (from training records)',
    unit: 'COUNT',
    target: 3,
    metric: 'TRAININGS_HELD',
  },
  {
    id: 'ind-2-people',
    objectiveCode: '2',
    name: 'People reached by complementary trainings (from training records)',
    unit: 'COUNT',
    target: 1000,
    metric: 'PEOPLE_TRAINED',
  },
  pct('ind-3-1-a', '3.1', 'Analysis of existing data collection practices completed'),
  pct('ind-3-2-a', '3.2', 'Data collection forms and information software designed'),
  pct('ind-3-3-a', '3.3', 'Application and testing of software and data collection procedures'),
  pct('ind-4-1-a', '4.1', 'Elaboration of the Protocol'),
  pct('ind-5-1-a', '5.1', 'Reintegration plans'),
  {
    id: 'ind-5-1-b',
    objectiveCode: '5.1',
    name: 'Victims reintegrated through the Shelter Pilot Program',
    unit: 'COUNT',
    target: 40,
    actual: 154,
  },
  pct('ind-5-2-a', '5.2', 'Reintegration assessments implemented'),
  pct('ind-6-1-a', '6.1', 'Reintegration plans implemented'),
  pct('ind-6-2-a', '6.2', 'Partnerships for education and training established'),
  {
    id: 'ind-6-2-b',
    objectiveCode: '6.2',
    name: 'Partnership agreements signed (from agreement records)',
    unit: 'COUNT',
    target: 1,
    metric: 'AGREEMENTS_SIGNED',
  },
  // Computed from the scholarship records (functions/seed/scholarships.ts; the target is the report's
  // 216 + 80 + 80 Proniño scholarships and the Fe y Alegría and INFA ones).
  {
    id: 'ind-6-2-sch-awarded',
    objectiveCode: '6.2',
    name: 'Scholarships awarded (from scholarship records)',
    unit: 'COUNT',
    target: 386,
    metric: 'SCHOLARSHIPS_AWARDED',
  },
  {
    id: 'ind-6-2-sch-active',
    objectiveCode: '6.2',
    name: 'Scholarships started (from scholarship records; counted in the month they became active)',
    unit: 'COUNT',
    target: 386,
    metric: 'SCHOLARSHIPS_ACTIVE',
  },
  pct('ind-6-3-a', '6.3', 'Education and training options provided'),
];

/** Cost by objective as printed (USD), and the Call and Live campaign outside the objectives. */
export const ecuadorCosts: { id: string; objectiveCode: string | null; label: string; usd: number }[] = [
  { id: 'bl-1', objectiveCode: '1', label: 'Objective 1', usd: 47_957 },
  { id: 'bl-2', objectiveCode: '2', label: 'Objective 2', usd: 179_197 },
  { id: 'bl-3', objectiveCode: '3', label: 'Objective 3', usd: 73_526 },
  { id: 'bl-4', objectiveCode: '4', label: 'Objective 4', usd: 52_130 },
  { id: 'bl-5', objectiveCode: '5', label: 'Objective 5', usd: 154_113 },
  { id: 'bl-6', objectiveCode: '6', label: 'Objective 6', usd: 150_436 },
  { id: 'bl-call-live', objectiveCode: null, label: 'Call and Live media campaign (CIESPAL)', usd: 69_913 },
];

/** Observations of the final report, in its last month. */
export const ecuadorObservations: { objectiveCode: string; text: string }[] = [
  {
    objectiveCode: '1.1',
    text: 'Technical assistance to institutions members of the Plan and counter-trafficking networks (Ministries of Government, Justice, Tourism, Labor and Health, INFA, Ombudsman, SENAMI, COMPINA).',
  },
  { objectiveCode: '2.1', text: 'Technical assistance to several GOE institutions and civil society organizations.' },
  { objectiveCode: '3.3', text: 'Concluded the implementation of the Data Base System for TIP information in Ecuador.' },
  { objectiveCode: '4.1', text: 'The Protocol on Consular Assistance for VOTs was officially presented by the MFA in May 2009.' },
  {
    objectiveCode: '5.1',
    text: 'The Shelter Pilot Program ran until September 2008 through Quimera Foundation and until March 2009 through Our Youth Foundation; 154 VOTs reintegrated against an initial goal of 40.',
  },
  { objectiveCode: '5.2', text: 'Technical and financial support, case by case, for VOTs in the shelter of the Adoratrices.' },
  {
    objectiveCode: '6.2',
    text: 'Agreements reached with Junior Achievement, Movistar and INFA; in 2009, scholarships for 216 at-risk young people in Quito, 80 in Machala and 80 in Lago Agrio.',
  },
];

export const FINAL_MONTH = '2009-07';
