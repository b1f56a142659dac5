/**
 * The case module's operations (the resolvers load this lazily), by responsibility: `reads.ts` one
 * case, the lists and the audit view of reads; `duplicates.ts` possible duplicates by keyed hash and
 * the claims a write adds; `create.ts` registering a case; `update.ts` its facts and its identity
 * corrected; `identity.ts` the audited reveal and the erasure. The referral requests are in
 * `referralRequest.ts`; what the route module uses of cases in `access.ts`.
 */
export { createCase } from '#modules/case/create';
export { type DuplicateFound, possibleDuplicateCases } from '#modules/case/duplicates';
export { anonymiseCase, revealCaseIdentity, type RevealedIdentity } from '#modules/case/identity';
export { daysBetween, getCase, isoDay, listCaseReadEvents, listCases } from '#modules/case/reads';
export { updateCase, updateCaseIdentity } from '#modules/case/update';
