import type { AgreementStatus } from '@ruta/schema/generated/types';
import type { AgreementRecord } from '#modules/partnerAgreement/entity';

/** "Today" as an ISO date in UTC; agreements end at the end of their end date. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** EXPIRED is derived, never stored: an ACTIVE agreement whose end date has passed. */
export function effectiveStatus(a: Pick<AgreementRecord, 'status' | 'endDate'>, today: string): AgreementStatus {
  if (a.status === 'ACTIVE' && a.endDate && a.endDate < today) return 'EXPIRED';
  return a.status;
}
