import { graphql } from '#graphql/generated/gql.ts';
import type {
  CaseRouteQuery,
  CreateCaseServiceInput,
  RecordConsentInput,
  RecordRouteEventInput,
  ReferCaseInput,
} from '#graphql/generated/graphql.ts';
import { runMutation, runQuery } from '#providers/graphql/request.ts';

/**
 * The route of one case: its events, services, consents and referrals come with the case in ONE
 * request (the case's partition is one Query on the server). The read is audited like any case read.
 */
export const caseRouteQuery = graphql(`
  query caseRoute($id: ID!) {
    case(id: $id) {
      id
      stage
      legalStage
      stageSince
      stageDueOn
      isMinor
      dateReported
      ownerOrganizationId
      routeEvents {
        id
        step
        date
        organizationId
        stageAfter
        legalStageAfter
        notes
        version
        form { channel screeningResult measureType goals planType outcome closureReason fileNumber }
      }
      services { id kind providerOrganizationId startDate endDate version }
      consents { id purpose organizationId status date withdrawnOn recordedBy givenBy activeReferrals version }
      referrals { id toOrganizationId reason status startedOn endedOn consentId override overrideReason version }
    }
  }
`);

const recordRouteEventMutation = graphql(`
  mutation recordRouteEvent($input: RecordRouteEventInput!) { recordRouteEvent(input: $input) { id } }
`);
const deleteRouteEventMutation = graphql(`
  mutation deleteRouteEvent($id: ID!, $version: Int!) { deleteRouteEvent(id: $id, version: $version) { id } }
`);
const createCaseServiceMutation = graphql(`
  mutation createCaseService($input: CreateCaseServiceInput!) { createCaseService(input: $input) { id } }
`);
const deleteCaseServiceMutation = graphql(`
  mutation deleteCaseService($id: ID!, $version: Int!) { deleteCaseService(id: $id, version: $version) { id } }
`);
const recordConsentMutation = graphql(`
  mutation recordConsent($input: RecordConsentInput!) { recordConsent(input: $input) { id } }
`);
const withdrawConsentMutation = graphql(`
  mutation withdrawConsent($id: ID!, $version: Int!, $date: Date!) { withdrawConsent(id: $id, version: $version, date: $date) { id } }
`);
const referCaseMutation = graphql(`
  mutation referCase($input: ReferCaseInput!) { referCase(input: $input) { id } }
`);
const endReferralMutation = graphql(`
  mutation endReferral($id: ID!, $version: Int!, $date: Date!) { endReferral(id: $id, version: $version, date: $date) { id } }
`);

export type CaseRoute = NonNullable<CaseRouteQuery['case']>;
export type ConsentRow = CaseRoute['consents'][number];

export const routeApi = {
  load: async (id: string) => (await runQuery(caseRouteQuery, { id })).case,
  recordEvent: (input: RecordRouteEventInput) => runMutation(recordRouteEventMutation, { input }),
  deleteEvent: (id: string, version: number) => runMutation(deleteRouteEventMutation, { id, version }, { isSave: false }),
  createService: (input: CreateCaseServiceInput) => runMutation(createCaseServiceMutation, { input }),
  deleteService: (id: string, version: number) => runMutation(deleteCaseServiceMutation, { id, version }, { isSave: false }),
  recordConsent: (input: RecordConsentInput) => runMutation(recordConsentMutation, { input }),
  withdrawConsent: (id: string, version: number, date: string) =>
    runMutation(withdrawConsentMutation, { id, version, date }, { isSave: false }),
  referCase: (input: ReferCaseInput) => runMutation(referCaseMutation, { input }),
  endReferral: (id: string, version: number, date: string) => runMutation(endReferralMutation, { id, version, date }, { isSave: false }),
};

/** Today in UTC, as the server sees it (dates after it are refused). */
export const todayIso = () => new Date().toISOString().slice(0, 10);
