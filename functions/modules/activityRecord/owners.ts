import type { OwnerOf } from '#platform/access';

/** A record is owned ('own' scope) by the partner organization that reports it, and belongs to its program. */
export const activityOwner: OwnerOf = {
  organizations: (r) => [(r as { organizationId?: string }).organizationId],
  program: (r) => (r as { programId?: string | null }).programId,
};
