import { Entity, type EntityItem } from 'electrodb';
import {
  AGE_BANDS,
  CASE_SEXES,
  CASE_STAGES,
  CLOSURE_REASONS,
  CRIMINAL_PROCEEDINGS,
  LEGAL_STAGES,
  REFERRAL_SOURCES,
} from '@ruta/schema/zod/case';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';

/**
 * Every item of a case lives in the case's partition (`pk` from `caseId`), each entity with its own
 * sort-key prefix: the case page — the case, its identity item, its access copies and the route
 * module's events, services, consents and referrals — is one Query of the item collection
 * (`loadCaseItems`). The case record itself holds no identity.
 */
const caseAttributes = {
  caseId: { type: 'string', required: true, readOnly: true },
  code: { type: 'string', required: true, readOnly: true },
  country: { type: 'string', required: true, readOnly: true },
  programId: { type: 'string', required: true },
  objectiveCode: { type: 'string' },
  ownerOrganizationId: { type: 'string', required: true },
  /** The owner's name as it was when the case was registered (so the case page and lists need no BatchGet). */
  ownerOrganizationName: { type: 'string' },
  exploitationTypes: { type: 'list', items: { type: 'string' }, required: true },
  meansOfControl: { type: 'list', items: { type: 'string' } },
  recruitmentPlace: { type: 'any' },
  transitPlaces: { type: 'any' },
  exploitationPlace: { type: 'any' },
  sex: { type: CASE_SEXES },
  ageAtIdentification: { type: 'number' },
  ageBand: { type: AGE_BANDS, required: true },
  isMinor: { type: 'boolean', required: true },
  nationality: { type: 'string' },
  provinceIdentified: { type: 'string' },
  referralSource: { type: REFERRAL_SOURCES },
  dateReported: { type: 'string', required: true },
  dateIdentified: { type: 'string' },
  criminalProceedings: { type: CRIMINAL_PROCEEDINGS },
  closureReason: { type: CLOSURE_REASONS },
  stage: { type: CASE_STAGES, required: true },
  legalStage: { type: LEGAL_STAGES, required: true },
  stageSince: { type: 'string', required: true },
  stageDueOn: { type: 'string' },
  anonymised: { type: 'boolean' },
  ...trackedAttributes,
} as const;

/**
 * The case. `byProgram` (gsi1) lists a program's cases by code for staff and admin — one partition
 * per program, as the capacity note of functions/modules/README.md asks of what grows with use.
 */
export const Case = bind(
  new Entity({
    model: { entity: 'case', version: '1', service: 'ruta' },
    attributes: caseAttributes,
    indexes: {
      byId: { pk: { field: 'pk', composite: ['caseId'] }, sk: { field: 'sk', composite: [] } },
      byProgram: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['programId'] }, sk: { field: 'gsi1sk', composite: ['code'] } },
    },
  }),
);

export type CaseRecord = EntityItem<typeof Case>;

/** The attributes of a case, which its access copies repeat. */
export const CASE_FIELDS = Object.keys(caseAttributes) as (keyof CaseRecord)[];

/**
 * An organization's access to a case — the owner's, or a referral's — as a full copy of the case's
 * list fields (no identity), in the case's partition (sk = organization). The access check reads them
 * with the case (one Query); the "cases of my organization" lists read them by organization:
 * `byOrganization` (gsi1, by code), `byStage` (gsi2, one stage by code), `byDue` (gsi3, by the stage's
 * due date; `dueKey` is 9999-12-31 without a limit, so an overdue list is `dueKey < today`). The case's
 * transactions rewrite every copy with the case (`caseCopySteps`).
 */
export const CaseAccess = bind(
  new Entity({
    model: { entity: 'caseAccess', version: '1', service: 'ruta' },
    attributes: {
      ...caseAttributes,
      organizationId: { type: 'string', required: true, readOnly: true },
      via: { type: ['owner', 'referral'] as const, required: true },
      dueKey: { type: 'string', required: true },
    },
    indexes: {
      byCase: { pk: { field: 'pk', composite: ['caseId'] }, sk: { field: 'sk', composite: ['organizationId'] } },
      byOrganization: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['organizationId'] },
        sk: { field: 'gsi1sk', composite: ['code'] },
      },
      byStage: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['organizationId', 'stage'] },
        sk: { field: 'gsi2sk', composite: ['code'] },
      },
      byDue: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['organizationId'] },
        sk: { field: 'gsi3sk', composite: ['dueKey', 'code'] },
      },
    },
  }),
);

export type CaseAccessRecord = EntityItem<typeof CaseAccess>;

/** The due key of a stage without a time limit: after every real date. */
export const NO_DUE = '9999-12-31';

/**
 * The identity, encrypted field by field (`sealed`: the wrapped data key and one { keyId, alg, iv,
 * ct, tag } per field), in the case's partition, with the keyed hashes of its duplicate guards so an
 * erasure can delete them. Never listed: only a reveal reads it.
 */
export const CaseIdentity = bind(
  new Entity({
    model: { entity: 'caseIdentity', version: '1', service: 'ruta' },
    attributes: {
      caseId: { type: 'string', required: true, readOnly: true },
      sealed: { type: 'any', required: true },
      guardHashes: { type: 'list', items: { type: 'string' } },
      createdAt: { type: 'string', required: true },
    },
    indexes: {
      byCase: { pk: { field: 'pk', composite: ['caseId'] }, sk: { field: 'sk', composite: [] } },
    },
  }),
);

/**
 * A duplicate guard: one item per keyed hash of an identity (name + date of birth, document) and
 * case (sk = case), so a possible duplicate is found by Querying the hash without decrypting
 * anything; it names the case and its owner, never a value. Written in the case's create
 * transaction, deleted when the case is anonymised.
 */
export const IdentityGuard = bind(
  new Entity({
    model: { entity: 'idhash', version: '1', service: 'ruta' },
    attributes: {
      hash: { type: 'string', required: true, readOnly: true },
      caseId: { type: 'string', required: true, readOnly: true },
      kind: { type: ['NAME_AND_BIRTH', 'DOCUMENT'] as const, required: true },
      code: { type: 'string', required: true },
      ownerOrganizationId: { type: 'string', required: true },
    },
    indexes: {
      byHash: { pk: { field: 'pk', composite: ['hash'] }, sk: { field: 'sk', composite: ['caseId'] } },
    },
  }),
);

/**
 * The claim on a keyed hash: one item per hash (sk empty, beside its guards in the hash's partition)
 * counting the cases that carry it. A create writes it conditional on the count it read (absent: no
 * case) in the same transaction as the case, so of two concurrent creates of one identity only the
 * first passes; the second is CONFLICT `POSSIBLE_DUPLICATE` naming the first. A create confirmed
 * anyway names the duplicates it was shown (`acknowledgedDuplicateIds`): one registered since is
 * refused by the service, one registered at the same moment by this count's condition. An erasure takes its case off the count.
 */
export const IdentityClaim = bind(
  new Entity({
    model: { entity: 'idclaim', version: '1', service: 'ruta' },
    attributes: {
      hash: { type: 'string', required: true, readOnly: true },
      count: { type: 'number', required: true },
    },
    indexes: {
      byHash: { pk: { field: 'pk', composite: ['hash'] }, sk: { field: 'sk', composite: [] } },
    },
  }),
);

/**
 * A case worker's request that a case be referred to their organization, made from the duplicate
 * warning instead of registering the person twice: in the case's partition (sk = requesting
 * organization, one pending request per organization), so the owner's case workers see it on the case
 * page at no extra read; `byOwner` (gsi1) lists the pending requests of the owning organization. It
 * carries no identity and the requester never reads it back.
 */
export const ReferralRequest = bind(
  new Entity({
    model: { entity: 'referralRequest', version: '1', service: 'ruta' },
    attributes: {
      caseId: { type: 'string', required: true, readOnly: true },
      code: { type: 'string', required: true, readOnly: true },
      organizationId: { type: 'string', required: true, readOnly: true },
      organizationName: { type: 'string' },
      ownerOrganizationId: { type: 'string', required: true, readOnly: true },
      requestedBy: { type: 'string', required: true, readOnly: true },
      requestedAt: { type: 'string', required: true, readOnly: true },
      note: { type: 'string' },
    },
    indexes: {
      byCase: { pk: { field: 'pk', composite: ['caseId'] }, sk: { field: 'sk', composite: ['organizationId'] } },
      byOwner: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['ownerOrganizationId'] },
        sk: { field: 'gsi1sk', composite: ['requestedAt', 'caseId', 'organizationId'] },
      },
    },
  }),
);
export type ReferralRequestRecord = EntityItem<typeof ReferralRequest>;

/**
 * The last sequence number of a country and year's codes. A create reads it and writes `last + 1`
 * conditional on the value read, in the case's transaction: a failed create leaves no gap, two
 * concurrent creates cannot take one number (the loser retries). One partition per country and year.
 */
export const CaseCounter = bind(
  new Entity({
    model: { entity: 'caseCounter', version: '1', service: 'ruta' },
    attributes: {
      country: { type: 'string', required: true, readOnly: true },
      year: { type: 'string', required: true, readOnly: true },
      last: { type: 'number', required: true },
    },
    indexes: {
      byYear: { pk: { field: 'pk', composite: ['country', 'year'] }, sk: { field: 'sk', composite: [] } },
    },
  }),
);
