import { createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { ANONYMOUS, ROLES, type Caller, type Role } from '@ruta/schema/policy';
import type { Config } from '#platform/config';
import { unauthenticated } from '#platform/errors';

/** Who is calling, taken from a verified token. */
export interface Identity {
  username: string;
  displayName: string;
  role: Caller;
  organizationId: string | null;
  programIds: string[];
}

/** The role of a signed-in caller; an anonymous one here is a bug the policy should have stopped. */
export function signedInRole(identity: Identity): Role {
  if (identity.role === ANONYMOUS) throw unauthenticated();
  return identity.role;
}

/** A caller without a token: only the operations the policy opens to `anonymous` answer it. */
export function anonymousIdentity(): Identity {
  return { username: ANONYMOUS, displayName: ANONYMOUS, role: ANONYMOUS, organizationId: null, programIds: [] };
}

/**
 * Claims follow Cognito's ID token, so one verifier serves AWS and the local issuer:
 * `cognito:username`, `cognito:groups` (one role), `custom:organizationId`, `custom:programIds`.
 */
export function identityFromClaims(claims: JWTPayload): Identity {
  const groups = claims['cognito:groups'];
  const role = Array.isArray(groups) ? ROLES.find((r) => groups.includes(r)) : undefined;
  const username = claims['cognito:username'] ?? claims.sub;
  if (!role || typeof username !== 'string') throw unauthenticated('Token carries no role');
  const org = claims['custom:organizationId'];
  const programs = claims['custom:programIds'];
  return {
    username,
    displayName: typeof claims.name === 'string' ? claims.name : username,
    role,
    organizationId: typeof org === 'string' && org ? org : null,
    programIds: typeof programs === 'string' && programs ? programs.split(',') : [],
  };
}

export type TokenVerifier = (token: string) => Promise<Identity>;

export function createVerifier(jwt: Config['jwt']): TokenVerifier {
  const keys = jwt.jwksJson
    ? createLocalJWKSet(JSON.parse(jwt.jwksJson))
    : createRemoteJWKSet(new URL(jwt.jwksUrl ?? `${jwt.issuer}/.well-known/jwks.json`));
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: jwt.issuer,
        ...(jwt.audience ? { audience: jwt.audience } : {}),
        algorithms: ['RS256'],
      }));
    } catch {
      throw unauthenticated('Your session is invalid or has expired; sign in again');
    }
    if (payload.token_use !== 'id') throw unauthenticated('Use an ID token');
    return identityFromClaims(payload);
  };
}

export function bearerToken(headers: Record<string, string | undefined>): string | undefined {
  const value = headers.authorization ?? headers.Authorization;
  const match = value?.match(/^Bearer\s+(.+)$/i);
  return match?.[1];
}
