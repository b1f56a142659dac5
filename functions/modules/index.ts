import type { Resolvers } from '#generated/resolvers';
import { activityOwner } from '#modules/activityRecord/owners';
import { activityRecordResolvers } from '#modules/activityRecord/resolvers';
import { ownedByProgram, type OwnerOf } from '#platform/access';
import { auditResolvers } from '#modules/audit/resolvers';
import { caseResolvers } from '#modules/case/resolvers';
import { provideRouteHooks } from '#modules/case/routeHooks';
import { caseRouteResolvers } from '#modules/caseRoute/resolvers';
import { dashboardResolvers } from '#modules/dashboard/resolvers';
import { frameworkResolvers } from '#modules/framework/resolvers';
import { htcdsExportResolvers } from '#modules/htcdsExport/resolvers';
import { organizationOwner } from '#modules/organization/owners';
import { organizationResolvers } from '#modules/organization/resolvers';
import { agreementOwner } from '#modules/partnerAgreement/owners';
import { partnerAgreementResolvers } from '#modules/partnerAgreement/resolvers';
import { placeResolvers } from '#modules/place/resolvers';
import { programOwner } from '#modules/program/owners';
import { programResolvers } from '#modules/program/resolvers';
import { publicStatsResolvers } from '#modules/publicStats/resolvers';
import { reportResolvers } from '#modules/report/resolvers';
import { scholarshipOwner } from '#modules/scholarship/owners';
import { scholarshipResolvers } from '#modules/scholarship/resolvers';
import { rosterOwner, trainingOwner } from '#modules/training/owners';
import { trainingResolvers } from '#modules/training/resolvers';
import { viewerResolvers } from '#modules/user/resolvers';

/**
 * Every domain module's resolvers — thin shims that load the domain's service on first use — and,
 * for each type with scoped rules, which organizations own a record and which program it belongs to.
 * The entry points merge these into one schema; nothing here loads a domain's service code.
 * (docs/conventions.md lists every place a new domain touches.)
 */
/**
 * The case module's writes read the route's time limits (a new case's first due date) and counts (an
 * edit of a case's profile): the route imports the case module, so they are handed to it here, lazily.
 */
provideRouteHooks({
  stageLimits: async (programId) => (await import('#modules/caseRoute/service')).timeLimitsOf(programId),
  routeCounts: async (c, raw) => {
    const [{ routeItemsOf }, { routeContributions }] = await Promise.all([
      import('#modules/caseRoute/items'),
      import('#modules/caseRoute/contributions'),
    ]);
    return routeContributions(c, routeItemsOf(raw).events);
  },
});

export const moduleResolvers: Resolvers[] = [
  viewerResolvers,
  auditResolvers,
  caseResolvers,
  caseRouteResolvers,
  organizationResolvers,
  partnerAgreementResolvers,
  programResolvers,
  frameworkResolvers,
  reportResolvers,
  dashboardResolvers,
  scholarshipResolvers,
  placeResolvers,
  trainingResolvers,
  activityRecordResolvers,
  htcdsExportResolvers,
  publicStatsResolvers,
];

export const owners: Record<string, OwnerOf> = {
  Organization: organizationOwner,
  PartnerAgreement: agreementOwner,
  Scholarship: scholarshipOwner,
  Program: programOwner,
  Objective: ownedByProgram,
  Indicator: ownedByProgram,
  BudgetLine: ownedByProgram,
  Training: trainingOwner,
  TrainingRoster: rosterOwner,
  RosterEntry: rosterOwner,
  ActivityRecord: activityOwner,
  ReportingPeriod: ownedByProgram,
};
