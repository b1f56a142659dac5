/** Roles that may use the API explorer (/graphiql); the page tells everyone else so. */
export const EXPLORER_ROLES: readonly string[] = ['admin', 'staff'];
