import type { Resolvers } from '#generated/resolvers';
import type { OwnerOf } from '#platform/policy';
import { auditResolvers } from '#modules/audit/resolvers';
import { organizationOwners, organizationResolvers } from '#modules/organization/resolvers';
import { partnerAgreementResolvers } from '#modules/partnerAgreement/resolvers';
import { agreementOwners } from '#modules/partnerAgreement/service';
import { viewerResolvers } from '#modules/user/resolvers';
import { programResolvers } from '#modules/program/resolvers';
import { frameworkResolvers } from '#modules/framework/resolvers';
import { reportResolvers } from '#modules/report/resolvers';

/** Every domain module's resolvers; the entry point merges them into one schema. */
export const moduleResolvers: Resolvers[] = [
  viewerResolvers, auditResolvers, organizationResolvers, partnerAgreementResolvers, programResolvers,
  frameworkResolvers, reportResolvers,
];

/** For each type with scoped rules: which organizations own a record, which program it belongs to. */
const programOf = (r: unknown) => (r as { programId?: string | null }).programId;

export const owners: Record<string, OwnerOf> = {
  Organization: { organizations: organizationOwners },
  PartnerAgreement: { organizations: agreementOwners, program: programOf },
  Program: { program: (p) => (p as { id: string }).id },
  Objective: { program: programOf },
  Indicator: { program: programOf },
  BudgetLine: { program: programOf },
};
