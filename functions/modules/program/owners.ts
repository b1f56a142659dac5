import type { OwnerOf } from '#platform/access';

/** Under the 'program' scope a program belongs to itself. */
export const programOwner: OwnerOf = { program: (p) => (p as { id: string }).id };
