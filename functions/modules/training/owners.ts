import type { OwnerOf } from '#platform/access';

interface Named {
  organizerIds?: readonly string[];
  audience?: readonly { organizationId?: string | null }[];
  programId?: string | null;
}

/** Every organization a training names: its organizers, then the participating organizations. */
export const trainingOrganizations = (t: Named): string[] => [
  ...new Set([...(t.organizerIds ?? []), ...(t.audience ?? []).flatMap((l) => (l.organizationId ? [l.organizationId] : []))]),
];

/** A training is owned ('own' scope) by its organizers and by each participating organization. */
export const trainingOwner: OwnerOf = {
  organizations: (t) => trainingOrganizations(t as Named),
  program: (t) => (t as Named).programId,
};

/** The roster (and each of its entries) is owned by the organizers alone: participants never read it. */
export const rosterOwner: OwnerOf = {
  organizations: (r) => (r as Named).organizerIds ?? [],
};
