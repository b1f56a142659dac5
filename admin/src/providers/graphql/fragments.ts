import { Kind, print, type DocumentNode } from 'graphql';
import { graphql } from '../../graphql/generated/gql.ts';
import type { ProgramFieldsFragment } from '../../graphql/generated/graphql.ts';

/**
 * What the console reads of each resource that buildQuery serves: one typed fragment per type.
 * `npm run codegen` validates them against the SDL (a field that drifts fails the build, not a
 * browser test) and generates the record types the screens use; the introspection JSON only tells
 * buildQuery how to call the operations. Personal fields are asked for by every role: the server
 * returns null where the policy hides them.
 */
const organizationFields = graphql(`
  fragment OrganizationFields on Organization {
    id name acronym kind country province city contactPerson email phone notes agreementCount
    version createdAt updatedAt
  }
`);

const partnerAgreementFields = graphql(`
  fragment PartnerAgreementFields on PartnerAgreement {
    id programId kind title partyIds parties { id name acronym } signedOn startDate endDate status
    value currency purpose objectiveCodes version createdAt updatedAt
  }
`);

const trainingFields = graphql(`
  fragment TrainingFields on Training {
    id title kind topics startDate endDate place { country provinceCode cantonCode locality }
    organizerIds organizers { id name acronym } programId objectiveCode
    audience { organizationId organization { id name acronym } group women men notRecorded total }
    totals { women men notRecorded total } rosterSize version createdAt updatedAt
  }
`);

const scholarshipFields = graphql(`
  fragment ScholarshipFields on Scholarship {
    id programId objectiveCode sponsorId sponsor { id name acronym } implementerId implementer { id name acronym }
    beneficiaryCode group place { country provinceCode cantonCode locality } educationLevel period awardedOn
    amount currency status statusDate withdrawalReason version createdAt updatedAt
  }
`);

const programFields = graphql(`
  fragment ProgramFields on Program {
    id name country donorIds donors { id name acronym } implementerId implementer { id name acronym } agreementReference
    startDate originalEndDate endDate currency adminFeeRateBps originalDeclaredTotal declaredTotal
    modifications { number date description newEndDate newDeclaredTotal } version createdAt updatedAt
  }
`);

export type ProgramRecord = ProgramFieldsFragment;

export const fragments: Record<string, DocumentNode> = {
  Organization: organizationFields,
  PartnerAgreement: partnerAgreementFields,
  Training: trainingFields,
  Scholarship: scholarshipFields,
  Program: programFields,
};

/** The fragment's selection set as query text, braces included: `{ id name … }`. */
export function selectionOf(resource: string): string {
  const definition = fragments[resource]?.definitions[0];
  if (definition?.kind !== Kind.FRAGMENT_DEFINITION) throw new Error(`No field selection for resource ${resource}`);
  return print(definition.selectionSet);
}
