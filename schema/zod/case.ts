import * as z from 'zod';
import type {
  AgeBand,
  CaseClosureReason,
  CaseReadPurpose,
  CaseSex,
  CaseStage,
  CreateCaseInput,
  UpdateCaseIdentityInput,
  UpdateCaseInput,
  CriminalProceedingsParticipation,
  ExploitationType,
  IdentityDocumentType,
  LegalStage,
  MeansOfControl,
  ReferralSource,
} from '../generated/types.ts';
import { isProvince } from '../geo.ts';
import { countryCode, id, isoDate, objectiveCode, optionalDate, optionalText, text, version, whenValid } from './common.ts';
import { placeSchema } from './place.ts';

// Value lists of the case registry. Where IOM's Human Trafficking Case Data Standard (HTCDS v2.0,
// CC BY 4.0) has a list, these follow it (docs/htcds.md maps each value to the standard's name).

export const EXPLOITATION_TYPES = [
  'SEXUAL',
  'LABOUR',
  'FORCED_BEGGING',
  'DOMESTIC_SERVITUDE',
  'FORCED_MARRIAGE',
  'ILLICIT_ACTIVITIES',
  'OTHER',
] as const satisfies readonly ExploitationType[];

export const MEANS_OF_CONTROL = [
  'THREATS',
  'THREAT_OF_LAW_ENFORCEMENT',
  'THREATENS_CHILDREN_OR_FAMILY',
  'DEBT_BONDAGE',
  'FALSE_PROMISES',
  'PHYSICAL_ABUSE',
  'SEXUAL_ABUSE',
  'TAKES_EARNINGS',
  'RESTRICTS_FINANCIAL_ACCESS',
  'RESTRICTS_MEDICAL_CARE',
  'RESTRICTS_MOVEMENT',
  'WITHHOLDS_NECESSITIES',
  'PSYCHOLOGICAL_ABUSE',
  'PSYCHOACTIVE_SUBSTANCES',
  'EXCESSIVE_WORKING_HOURS',
  'WITHHOLDS_DOCUMENTS',
  'USES_CHILDREN',
  'OTHER',
] as const satisfies readonly MeansOfControl[];

export const CASE_SEXES = [
  'FEMALE',
  'MALE',
  'TRANSGENDER_FEMALE',
  'TRANSGENDER_MALE',
  'NON_CONFORMING',
  'UNKNOWN',
] as const satisfies readonly CaseSex[];

export const AGE_BANDS = [
  'AGE_0_11',
  'AGE_12_17',
  'AGE_18_24',
  'AGE_25_39',
  'AGE_40_PLUS',
  'UNKNOWN',
] as const satisfies readonly AgeBand[];

export const CASE_STAGES = [
  'REPORTED',
  'IDENTIFIED',
  'PROTECTION',
  'ASSISTANCE',
  'REINTEGRATION',
  'FOLLOW_UP',
  'CLOSED',
] as const satisfies readonly CaseStage[];

export const LEGAL_STAGES = ['NONE', 'COMPLAINT', 'INVESTIGATION', 'TRIAL', 'SENTENCE'] as const satisfies readonly LegalStage[];

export const REFERRAL_SOURCES = [
  'POLICE',
  'PROSECUTOR',
  'CHILD_PROTECTION',
  'NGO',
  'SHELTER',
  'INTERNATIONAL_ORGANIZATION',
  'CONSULATE',
  'HEALTH_SERVICE',
  'EDUCATION',
  'HOTLINE',
  'COMMUNITY',
  'SELF',
  'OTHER',
] as const satisfies readonly ReferralSource[];

export const CRIMINAL_PROCEEDINGS = [
  'UNKNOWN',
  'NONE',
  'COMPLAINANT',
  'WITNESS',
  'DECLINED',
] as const satisfies readonly CriminalProceedingsParticipation[];

export const CLOSURE_REASONS = [
  'GOALS_MET',
  'REFERRED',
  'LOST_CONTACT',
  'DECLINED_ASSISTANCE',
  'RELOCATED',
  'NOT_A_VICTIM',
  'DECEASED',
  'OTHER',
] as const satisfies readonly CaseClosureReason[];

export const DOCUMENT_TYPES = [
  'NATIONAL_ID',
  'PASSPORT',
  'BIRTH_CERTIFICATE',
  'REFUGEE_ID',
  'OTHER',
] as const satisfies readonly IdentityDocumentType[];

export const READ_PURPOSES = [
  'CASE_MANAGEMENT',
  'REFERRAL',
  'SUPERVISION',
  'LEGAL_PROCESS',
  'AUDIT',
] as const satisfies readonly CaseReadPurpose[];

/** Age under which a victim is a minor (Ecuador's Código de la Niñez y Adolescencia: under 18). */
export const MINOR_UNDER = 18;
export const MAX_AGE = 120;
export const MAX_LIST_VALUES = 10;
export const MAX_REVEAL_REASON = 500;
/** Possible duplicates a worker can confirm at once: far more than one identity ever matches. */
const MAX_ACKNOWLEDGED = 50;

/** The age band of an age at identification (null: unknown). */
export function ageBandOf(age: number | null | undefined): AgeBand {
  if (age === null || age === undefined) return 'UNKNOWN';
  if (age < 12) return 'AGE_0_11';
  if (age < 18) return 'AGE_12_17';
  if (age < 25) return 'AGE_18_24';
  if (age < 40) return 'AGE_25_39';
  return 'AGE_40_PLUS';
}

export const isMinorAge = (age: number | null | undefined): boolean => age !== null && age !== undefined && age < MINOR_UNDER;

const distinct = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(MAX_LIST_VALUES)
    .refine((v) => new Set(v).size === v.length, 'validation.codes_distinct');

const shortList = (max: number) => z.array(text(max)).max(MAX_LIST_VALUES);

/**
 * The identity of the person: encrypted field by field before it reaches the database, never in
 * lists, filters, logs, errors or audit events. Only `fullName` is required.
 */
export const caseIdentityInput = z.object({
  fullName: text(200),
  otherNames: shortList(200).nullish(),
  dateOfBirth: optionalDate,
  documentType: z.enum(DOCUMENT_TYPES).nullish(),
  documentNumber: optionalText(60),
  contacts: shortList(200).nullish(),
  address: optionalText(500, { multiline: true }),
  familyContacts: shortList(300).nullish(),
});
export type CaseIdentityInputValue = z.output<typeof caseIdentityInput>;

/** `today` in the request's terms (ISO date): dates after it are refused. */
interface DateRules {
  dateReported?: string | null;
  dateIdentified?: string | null;
  identity?: { dateOfBirth?: string | null } | null;
}

type Ctx = { addIssue: (i: z.core.$ZodRawIssue) => void };

/**
 * Dates of a case: none in the future (`today` is the server's or the form's day), none before the
 * date of birth when it is known. The message never repeats the date of birth.
 */
export function checkCaseDates(c: DateRules, today: string, ctx: Ctx): void {
  const birth = c.identity?.dateOfBirth ?? null;
  for (const field of ['dateReported', 'dateIdentified'] as const) {
    const value = c[field];
    if (!value) continue;
    if (value > today) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.date_in_future', input: value });
    else if (birth && value < birth) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.before_birth', input: value });
  }
  if (birth && birth > today)
    ctx.addIssue({ code: 'custom', path: ['identity', 'dateOfBirth'], message: 'validation.date_in_future', input: birth });
}

/**
 * The facts of a case a case worker can still change after registering it: ONE definition, used by
 * the create (as they are) and the edit (every one optional: absent keys stay). GraphQL has no input
 * inheritance, so `CreateCaseInput` and `UpdateCaseInput` list these fields twice; here they are once.
 */
const caseFacts = {
  exploitationTypes: distinct(EXPLOITATION_TYPES).min(1, 'validation.required'),
  meansOfControl: distinct(MEANS_OF_CONTROL).nullish(),
  recruitmentPlace: placeSchema.nullish(),
  transitPlaces: z.array(placeSchema).max(MAX_LIST_VALUES).nullish(),
  exploitationPlace: placeSchema.nullish(),
  sex: z.enum(CASE_SEXES).nullish(),
  ageAtIdentification: z.number().int('validation.whole_number').min(0, 'validation.not_negative').max(MAX_AGE).nullish(),
  nationality: countryCode.nullish(),
  provinceIdentified: optionalText(2).refine((c) => !c || isProvince(c), 'validation.unknown_province'),
  referralSource: z.enum(REFERRAL_SOURCES).nullish(),
  dateReported: isoDate,
  dateIdentified: optionalDate,
  criminalProceedings: z.enum(CRIMINAL_PROCEEDINGS).nullish(),
};

/** A new case's fields: where it is counted and who owns it (fixed once registered), and its facts. */
const caseFields = {
  programId: id,
  objectiveCode: z.preprocess((v) => (v === '' ? null : v), objectiveCode.nullish()),
  ownerOrganizationId: id.nullish(),
  country: countryCode.nullish(),
  ...caseFacts,
};

/**
 * A new case: its facts and the identity. `today` is the caller's day (the server passes its own):
 * the date rules need it, so the schema is built per call.
 */
export const createCaseInputFor = (today: string) =>
  z
    .object({
      id: id.nullish(),
      ...caseFields,
      identity: caseIdentityInput,
      acknowledgedDuplicateIds: z.array(id).max(MAX_ACKNOWLEDGED).nullish(),
    })
    .superRefine(
      (c, ctx) => checkCaseDates(c, today, ctx),
      whenValid('dateReported', 'dateIdentified', 'identity'),
    ) satisfies z.ZodType<CreateCaseInput>;

/** The reason given for revealing an identity (required for a minor: the service checks). */
export const revealReason = optionalText(MAX_REVEAL_REASON, { multiline: true });
export const anonymiseReason = text(MAX_REVEAL_REASON, { multiline: true });

/**
 * Changes to a case's facts: absent keys stay, null clears an optional field. Not the identity (its
 * own audited edit), the code, the program or objective (the route's counts are filed under them), nor
 * the stage (the route moves it).
 */
export const updateCaseInputFor = (today: string) =>
  z
    .object({
      id,
      version,
      ...caseFacts,
      exploitationTypes: caseFacts.exploitationTypes.optional(),
      dateReported: caseFacts.dateReported.optional(),
    })
    .superRefine(
      (c, ctx) => checkCaseDates(c, today, ctx),
      whenValid('dateReported', 'dateIdentified'),
    ) satisfies z.ZodType<UpdateCaseInput>;

/** A correction of the identity: the whole identity again, and the reason (audited). */
export const updateCaseIdentityInputFor = (today: string) =>
  z
    .object({
      caseId: id,
      version,
      identity: caseIdentityInput,
      reason: text(MAX_REVEAL_REASON, { multiline: true }),
      acknowledgedDuplicateIds: z.array(id).max(MAX_ACKNOWLEDGED).nullish(),
    })
    .superRefine((c, ctx) => checkCaseDates(c, today, ctx), whenValid('identity')) satisfies z.ZodType<UpdateCaseIdentityInput>;

/** What a case worker writes when asking for a referral (never identity values: the form says so). */
export const referralRequestNote = optionalText(MAX_REVEAL_REASON, { multiline: true });
