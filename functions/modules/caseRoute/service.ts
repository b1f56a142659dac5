/**
 * The route module's operations (the resolvers load this lazily), by responsibility:
 * `events.ts` steps on the route (the case moved and counted), `caseServices.ts` services received,
 * `consents.ts` consents and the referrals that rely on them, `timeLimits.ts` each program's limits;
 * `items.ts` what they share (the case's partition, item ids, the case for a write).
 */
export { createCaseService, deleteCaseService, updateCaseService } from '#modules/caseRoute/caseServices';
export {
  endReferral,
  listReferralOverrides,
  recordConsent,
  referCase,
  withdrawConsent,
} from '#modules/caseRoute/consents';
export { deleteRouteEvent, recordRouteEvent } from '#modules/caseRoute/events';
export { caseRouteItems } from '#modules/caseRoute/items';
export { getRouteTimeLimits, setRouteTimeLimits, timeLimitsOf } from '#modules/caseRoute/timeLimits';
export { victimProfileTotals } from '#modules/caseRoute/victims';
