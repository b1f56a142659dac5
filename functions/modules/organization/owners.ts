import type { OwnerOf } from '#platform/access';

/** Under the 'own' scope an organization belongs to itself. */
export const organizationOwner: OwnerOf = { organizations: (o) => [(o as { id: string }).id] };
