import type { Resolvers } from '#generated/resolvers';
import type { OwnerOf } from '#platform/policy';
import { auditResolvers } from '#modules/audit/resolvers';
import { organizationOwners, organizationResolvers } from '#modules/organization/resolvers';
import { partnerAgreementResolvers } from '#modules/partnerAgreement/resolvers';
import { agreementOwners } from '#modules/partnerAgreement/service';
import { viewerResolvers } from '#modules/user/resolvers';

/** Every domain module's resolvers; the entry point merges them into one schema. */
export const moduleResolvers: Resolvers[] = [
  viewerResolvers, auditResolvers, organizationResolvers, partnerAgreementResolvers,
];

/** For each type with 'own'-scoped rules: which organizations own a record. */
export const owners: Record<string, OwnerOf> = {
  Organization: organizationOwners,
  PartnerAgreement: agreementOwners,
};
