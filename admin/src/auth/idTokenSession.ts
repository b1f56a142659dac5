import { ROLES } from '@ruta/schema/policy';
import type { Session } from '../providers/session.ts';

/**
 * The console's session from a Cognito ID token, read the way the API reads it
 * (functions/platform/auth.ts `identityFromClaims`): the group is the role, `custom:organizationId`
 * the organization. The API stays the judge; this only drives menus and the header.
 */
export function sessionFromIdToken(token: string, claims: Record<string, unknown>): Session {
  const groups = claims['cognito:groups'];
  const role = Array.isArray(groups) ? ROLES.find((r) => groups.includes(r)) : undefined;
  // An account outside every group would get 401 on each request: say so at the door instead.
  if (!role) throw new Error('ruta.login.no_role');
  const username = typeof claims['cognito:username'] === 'string' ? claims['cognito:username'] : String(claims.sub ?? '');
  const org = claims['custom:organizationId'];
  const exp = typeof claims.exp === 'number' ? claims.exp : 0;
  return {
    token,
    expiresAt: new Date(exp * 1000).toISOString(),
    user: {
      username,
      displayName: typeof claims.name === 'string' && claims.name ? claims.name : username,
      role,
      organizationId: typeof org === 'string' && org ? org : null,
    },
  };
}
