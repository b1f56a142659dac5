import type { AgreementRecord } from '#modules/partnerAgreement/entity';
import type { ExpenditureRecord } from '#modules/framework/entity';
import { lineBucket, type Contribution } from '#modules/report/deltas';

/** An agreement counts as signed (once per linked objective) in the month of signature, or of start when undated. */
export function agreementContributions(a: Pick<AgreementRecord, 'programId' | 'status' | 'signedOn' | 'startDate' | 'objectiveCodes'> | null | undefined): Contribution[] {
  if (!a?.programId || a.status === 'DRAFT') return [];
  const month = (a.signedOn ?? a.startDate).slice(0, 7);
  return a.objectiveCodes.map((bucket) => ({ programId: a.programId!, month, bucket, counter: 'agreementsSigned', amount: 1 }));
}

export function expenditureContributions(e: Pick<ExpenditureRecord, 'programId' | 'date' | 'objectiveCode' | 'budgetLineId' | 'amount'> | null | undefined): Contribution[] {
  if (!e) return [];
  return [{
    programId: e.programId, month: e.date.slice(0, 7), bucket: e.objectiveCode ?? lineBucket(e.budgetLineId),
    counter: 'expenditure', amount: e.amount,
  }];
}
