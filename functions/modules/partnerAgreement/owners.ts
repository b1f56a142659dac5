import type { OwnerOf } from '#platform/access';

/** An agreement is owned ('own' scope) by each of its parties, and belongs to its program. */
export const agreementOwner: OwnerOf = {
  organizations: (a) => (a as { partyIds: readonly string[] }).partyIds,
  program: (a) => (a as { programId?: string | null }).programId,
};
