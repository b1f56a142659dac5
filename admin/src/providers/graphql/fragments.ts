/**
 * What the console reads of each resource: one selection per type, written out so a change in
 * the SDL that the console depends on shows up here and in review (the introspection JSON only
 * tells buildQuery how to call the operations). Personal fields are asked for by every role:
 * the server returns null where the policy hides them.
 */
export const fields: Record<string, string> = {
  Organization: `
    id name acronym kind country province city contactPerson email phone notes agreementCount
    version createdAt updatedAt`,
  PartnerAgreement: `
    id programId kind title partyIds parties { id name acronym } signedOn startDate endDate status
    value currency purpose objectiveCodes version createdAt updatedAt`,
  Program: `
    id name country donorIds donors { id name acronym } implementerId implementer { id name acronym } agreementReference
    startDate originalEndDate endDate currency adminFeeRateBps originalDeclaredTotal declaredTotal
    modifications { number date description newEndDate newDeclaredTotal } version createdAt updatedAt`,
};

export function selectionOf(resource: string): string {
  const selection = fields[resource];
  if (!selection) throw new Error(`No field selection for resource ${resource}`);
  return selection;
}
