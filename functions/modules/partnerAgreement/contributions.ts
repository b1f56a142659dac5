import type { Contribution } from '#modules/aggregates/deltas';
import type { AgreementRecord } from '#modules/partnerAgreement/entity';

/** An agreement counts as signed (once per linked objective) in the month of signature, or of start when undated. */
export function agreementContributions(
  a: Pick<AgreementRecord, 'programId' | 'status' | 'signedOn' | 'startDate' | 'objectiveCodes'> | null | undefined,
): Contribution[] {
  if (!a?.programId || a.status === 'DRAFT') return [];
  const month = (a.signedOn ?? a.startDate).slice(0, 7);
  return a.objectiveCodes.map((bucket) => ({ programId: a.programId!, month, bucket, counter: 'agreementsSigned', amount: 1 }));
}
