import { createHash } from 'node:crypto';

/**
 * A scholarship's id from its natural key — program, beneficiary code, period (case and spaces of the
 * period ignored) — so the same beneficiary and period is one record however often a file is
 * uploaded or a create retried.
 */
export function scholarshipId(s: { programId: string; beneficiaryCode: string; period: string }): string {
  const period = s.period.trim().toLowerCase().replace(/\s+/g, ' ');
  const hash = createHash('sha256').update(`${s.programId}|${s.beneficiaryCode.toUpperCase()}|${period}`).digest('hex');
  return `sch-${hash.slice(0, 32)}`;
}
