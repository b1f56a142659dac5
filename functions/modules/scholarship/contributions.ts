import type { Contribution } from '#modules/aggregates/deltas';
import { objectiveUseKey, organizationUseKey, usesOf } from '#modules/aggregates/uses';
import type { ScholarshipRecord } from '#modules/scholarship/entity';

type Counted = Pick<ScholarshipRecord, 'programId' | 'objectiveCode' | 'awardedOn' | 'activeSince' | 'cantonCode' | 'sponsorId'>;

/**
 * The partition of a program's scholarship tallies (by canton and sponsor, for the dashboard): beside
 * the program's aggregates, under a key of its own, so the results report — which sums every bucket of
 * the program's partition under objective 0 — never counts them, and a tally costs one Query.
 */
export const tallyPartition = (programId: string) => `${programId}~scholarships`;
export const tallyBucket = (cantonCode: string, sponsorId: string) => `canton:${cantonCode}:sponsor:${sponsorId}`;
/** The canton and sponsor of a tally bucket (null for another bucket). */
export function parseTallyBucket(bucket: string): { cantonCode: string; sponsorId: string } | null {
  const m = /^canton:([^:]+):sponsor:(.+)$/.exec(bucket);
  return m ? { cantonCode: m[1]!, sponsorId: m[2]! } : null;
}

/**
 * A scholarship counts once as awarded, in the month of its award, under its objective; and once as
 * active, in the month it became ACTIVE (`activeSince`, kept when it is later completed or withdrawn,
 * so a month's figure does not shrink afterwards). It also adds one to the tally of its canton and
 * sponsor in the month of its award.
 */
export function scholarshipContributions(s: Counted | null | undefined): Contribution[] {
  if (!s) return [];
  const out: Contribution[] = [
    { programId: s.programId, month: s.awardedOn.slice(0, 7), bucket: s.objectiveCode, counter: 'scholarshipsAwarded', amount: 1 },
    {
      programId: tallyPartition(s.programId),
      month: s.awardedOn.slice(0, 7),
      bucket: tallyBucket(s.cantonCode, s.sponsorId),
      counter: 'scholarshipsAwarded',
      amount: 1,
    },
  ];
  if (s.activeSince) {
    out.push({
      programId: s.programId,
      month: s.activeSince.slice(0, 7),
      bucket: s.objectiveCode,
      counter: 'scholarshipsActive',
      amount: 1,
    });
  }
  return out;
}

/** What keeps the sponsor, the implementer and the objective from being deleted while the scholarship names them (#modules/aggregates/uses). */
export function scholarshipUses(
  s: Pick<ScholarshipRecord, 'programId' | 'objectiveCode' | 'sponsorId' | 'implementerId'> | null | undefined,
) {
  if (!s) return [];
  return usesOf('scholarshipsAwarded', [
    organizationUseKey(s.sponsorId),
    organizationUseKey(s.implementerId),
    objectiveUseKey(s.programId, s.objectiveCode),
  ]);
}

/**
 * When a scholarship became active, as it moves to `status`: the status date (or `today`) when it
 * becomes ACTIVE; kept once set; the award date for one recorded already COMPLETED; none while AWARDED
 * or when withdrawn without having started.
 */
export function activeSinceOf(
  next: { status: string; statusDate?: string | null; awardedOn: string },
  current: { status: string; activeSince?: string | null } | null,
  today: string,
): string | undefined {
  if (next.status === 'AWARDED') return undefined;
  if (current?.activeSince) return current.activeSince;
  if (next.status === 'ACTIVE') return next.statusDate ?? (current ? today : next.awardedOn);
  if (next.status === 'COMPLETED') return next.awardedOn;
  return undefined;
}
