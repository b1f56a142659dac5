import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Organization } from '#modules/organization/entity';
import { PartnerAgreement, AgreementParty } from '#modules/partnerAgreement/entity';
import { AuditEvent } from '#modules/audit/entity';
import { User } from '#modules/user/entity';

/** All entities of the single table, so one transaction can span them. */
export const store = new Service({
  organization: Organization,
  agreement: PartnerAgreement,
  agreementParty: AgreementParty,
  audit: AuditEvent,
  user: User,
});

/** Points every entity at the table and client of this process (once per cold start). */
export function connectStore(client: DynamoDBDocumentClient, table: string): void {
  store.setClient(client);
  store.setTableName(table);
}
