import { graphql } from '../../graphql/generated/gql.ts';
import type {
  ActivityRecordFilter,
  CreateActivityRecordInput,
  ReviewDecision,
  UpdateActivityRecordInput,
} from '../../graphql/generated/graphql.ts';
import { runMutation, runQuery } from '../../providers/graphql/request.ts';

/** The activity records' calls (partners' records, the staff's review queue), through the console's Apollo client. */
const listQuery = graphql(`
  query activityRecordList($filter: ActivityRecordFilter, $first: Int, $after: String) {
    activityRecords(filter: $filter, first: $first, after: $after) {
      nodes {
        id
        title
        kind
        status
        quarter
        startDate
        objectiveCode
        programId
        organizationId
        organization { id name }
        reviewComment
        version
        totals { women men notRecorded total }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const detailQuery = graphql(`
  query activityRecordDetail($id: ID!) {
    activityRecord(id: $id) {
      id
      organizationId
      organization { id name }
      programId
      objectiveCode
      title
      kind
      startDate
      endDate
      quarter
      place { country provinceCode cantonCode locality provinceName cantonName }
      reached { band women men notRecorded total }
      totals { women men notRecorded total }
      narrative
      attachments { fileName url }
      status
      reviewComment
      reviewedBy
      reviewedAt
      submittedAt
      changesSinceLastSubmission { field before after }
      warnings { path key message }
      trainingId
      version
    }
  }
`);

const createMutation = graphql(`
  mutation activityRecordCreate($input: CreateActivityRecordInput!) {
    createActivityRecord(input: $input) { id version }
  }
`);
const updateMutation = graphql(`
  mutation activityRecordUpdate($input: UpdateActivityRecordInput!) {
    updateActivityRecord(input: $input) { id version }
  }
`);
const submitMutation = graphql(`
  mutation activityRecordSubmit($id: ID!, $version: Int!) {
    submitActivityRecord(id: $id, version: $version) { id status version }
  }
`);
const reviewMutation = graphql(`
  mutation activityRecordReview($ids: [ID!]!, $decision: ReviewDecision!, $comment: String) {
    reviewActivityRecords(ids: $ids, decision: $decision, comment: $comment) { id status version }
  }
`);
const completenessQuery = graphql(`
  query activityCompleteness($programId: ID!, $quarter: String!) {
    activityCompleteness(programId: $programId, quarter: $quarter) {
      organizationId
      organization { id name }
      drafts
      pending
      approved
      returned
      hasSubmitted
    }
  }
`);

export const activityApi = {
  list: (filter: ActivityRecordFilter, after: string | null, first = 25) =>
    runQuery(listQuery, { filter, first, after }).then((d) => d.activityRecords),
  get: (id: string) => runQuery(detailQuery, { id }).then((d) => d.activityRecord),
  create: (input: CreateActivityRecordInput) => runMutation(createMutation, { input }).then((d) => d.createActivityRecord),
  update: (input: UpdateActivityRecordInput) => runMutation(updateMutation, { input }).then((d) => d.updateActivityRecord),
  submit: (id: string, version: number) =>
    runMutation(submitMutation, { id, version }, { isSave: false }).then((d) => d.submitActivityRecord),
  review: (ids: string[], decision: ReviewDecision, comment: string | null) =>
    runMutation(reviewMutation, { ids, decision, comment }, { isSave: false }).then((d) => d.reviewActivityRecords),
  completeness: (programId: string, quarter: string) =>
    runQuery(completenessQuery, { programId, quarter }).then((d) => d.activityCompleteness),
};

export type ActivityRow = Awaited<ReturnType<typeof activityApi.list>>['nodes'][number];
export type ActivityDetail = Awaited<ReturnType<typeof activityApi.get>>;
