import { graphql } from '../../graphql/generated/gql.ts';
import type {
  CaseFilter,
  CaseIdentityInput,
  CaseReadPurpose,
  CreateCaseInput,
  UpdateCaseIdentityInput,
  UpdateCaseInput,
} from '../../graphql/generated/graphql.ts';
import { runMutation, runQuery } from '../../providers/graphql/request.ts';

/**
 * The case registry's calls. Every one goes through the console's Apollo client with `no-cache`, so
 * nothing of a case, and never an identity, stays in a client cache; the identity itself is only ever
 * the answer of `reveal`, which the caller keeps in component state.
 */
const casesQuery = graphql(`
  query caseList($filter: CaseFilter, $first: Int, $after: String) {
    cases(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        code
        stage
        daysInStage
        overdue
        stageDueOn
        isMinor
        ageBand
        exploitationTypes
        dateReported
        anonymised
        ownerOrganizationId
        ownerOrganizationName
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const caseQuery = graphql(`
  query caseDetail($id: ID!, $purpose: CaseReadPurpose) {
    case(id: $id, purpose: $purpose) {
      id
      code
      programId
      objectiveCode
      ownerOrganizationId
      ownerOrganizationName
      exploitationTypes
      meansOfControl
      recruitmentPlace { country provinceCode cantonCode locality provinceName cantonName }
      transitPlaces { country provinceCode cantonCode locality provinceName cantonName }
      exploitationPlace { country provinceCode cantonCode locality provinceName cantonName }
      sex
      ageAtIdentification
      ageBand
      isMinor
      nationality
      provinceIdentified
      referralSource
      dateReported
      dateIdentified
      criminalProceedings
      closureReason
      stage
      legalStage
      stageSince
      stageDueOn
      daysInStage
      overdue
      anonymised
      version
      referralRequests { organizationId organizationName requestedBy requestedAt note }
    }
  }
`);

const updateMutation = graphql(`
  mutation updateCase($input: UpdateCaseInput!) { updateCase(input: $input) { id code version } }
`);

const updateIdentityMutation = graphql(`
  mutation updateCaseIdentity($input: UpdateCaseIdentityInput!) { updateCaseIdentity(input: $input) { id version } }
`);

const requestReferralMutation = graphql(`
  mutation requestCaseReferral($caseId: ID!, $identity: CaseIdentityInput!, $note: String) {
    requestCaseReferral(caseId: $caseId, identity: $identity, note: $note) { caseId code ownerOrganizationName requestedAt }
  }
`);

const closeRequestMutation = graphql(`
  mutation closeCaseReferralRequest($caseId: ID!, $organizationId: ID!) {
    closeCaseReferralRequest(caseId: $caseId, organizationId: $organizationId)
  }
`);

const duplicatesQuery = graphql(`
  query possibleDuplicateCases($identity: CaseIdentityInput!) {
    possibleDuplicateCases(identity: $identity) { caseId code ownerOrganizationId ownerOrganizationName matches }
  }
`);

const createMutation = graphql(`
  mutation createCase($input: CreateCaseInput!) { createCase(input: $input) { id code } }
`);

const revealMutation = graphql(`
  mutation revealCaseIdentity($caseId: ID!, $reason: String) {
    revealCaseIdentity(caseId: $caseId, reason: $reason) {
      caseId fullName otherNames dateOfBirth documentType documentNumber contacts address familyContacts
    }
  }
`);

const readsQuery = graphql(`
  query caseReadEvents($month: String, $first: Int, $after: String) {
    caseReadEvents(month: $month, first: $first, after: $after) {
      nodes { id at actor actorRole actorOrganizationId action entityId purpose reason }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const caseApi = {
  list: (filter: CaseFilter, after: string | null, first = 25) => runQuery(casesQuery, { filter, first, after }).then((d) => d.cases),
  get: (id: string, purpose: CaseReadPurpose = 'CASE_MANAGEMENT') => runQuery(caseQuery, { id, purpose }).then((d) => d.case),
  duplicates: (identity: CaseIdentityInput) => runQuery(duplicatesQuery, { identity }).then((d) => d.possibleDuplicateCases),
  create: (input: CreateCaseInput) => runMutation(createMutation, { input }).then((d) => d.createCase),
  update: (input: UpdateCaseInput) => runMutation(updateMutation, { input }).then((d) => d.updateCase),
  updateIdentity: (input: UpdateCaseIdentityInput) => runMutation(updateIdentityMutation, { input }).then((d) => d.updateCaseIdentity),
  requestReferral: (caseId: string, identity: CaseIdentityInput, note: string | null) =>
    runMutation(requestReferralMutation, { caseId, identity, note }).then((d) => d.requestCaseReferral),
  closeRequest: (caseId: string, organizationId: string) =>
    runMutation(closeRequestMutation, { caseId, organizationId }).then((d) => d.closeCaseReferralRequest),
  reveal: (caseId: string, reason: string | null) =>
    runMutation(revealMutation, { caseId, reason }, { isSave: false }).then((d) => d.revealCaseIdentity),
  reads: (month: string, after: string | null) => runQuery(readsQuery, { month, first: 50, after }).then((d) => d.caseReadEvents),
};

export type CaseDetail = NonNullable<Awaited<ReturnType<typeof caseApi.get>>>;
export type RevealedIdentity = Awaited<ReturnType<typeof caseApi.reveal>>;
export type DuplicateCase = Awaited<ReturnType<typeof caseApi.duplicates>>[number];
