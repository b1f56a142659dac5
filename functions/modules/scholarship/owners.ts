import type { OwnerOf } from '#platform/access';

/** A scholarship is owned ('own' scope) by its sponsor and its implementer, and belongs to its program. */
export const scholarshipOwner: OwnerOf = {
  organizations: (s) => {
    const { sponsorId, implementerId } = s as { sponsorId: string; implementerId: string };
    return [sponsorId, implementerId];
  },
  program: (s) => (s as { programId?: string | null }).programId,
};
