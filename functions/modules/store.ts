import { Service } from 'electrodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { Organization } from '#modules/organization/entity';
import { PartnerAgreement, AgreementParty } from '#modules/partnerAgreement/entity';
import { AuditEvent } from '#modules/audit/entity';
import { User } from '#modules/user/entity';
import { Program } from '#modules/program/entity';
import { BudgetLine, Expenditure, Indicator, IndicatorValue, Objective, Observation } from '#modules/framework/entity';
import { ProgramStat } from '#modules/report/entity';

/** All entities of the single table, so one transaction can span them. */
export const store = new Service({
  organization: Organization,
  agreement: PartnerAgreement,
  agreementParty: AgreementParty,
  audit: AuditEvent,
  user: User,
  program: Program,
  objective: Objective,
  indicator: Indicator,
  budgetLine: BudgetLine,
  indicatorValue: IndicatorValue,
  observation: Observation,
  expenditure: Expenditure,
  programStat: ProgramStat,
});

/** Points every entity at the table and client of this process (once per cold start). */
export function connectStore(client: DynamoDBDocumentClient, table: string): void {
  store.setClient(client);
  store.setTableName(table);
}
