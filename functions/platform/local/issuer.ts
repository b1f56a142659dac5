import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK } from 'jose';
import type { Identity } from '#platform/auth';

/**
 * The local stand-in for Cognito: signs ID tokens with the same claims Cognito puts in them, and
 * publishes its public key as a JWKS. The key is kept on disk (when a path is given) so sessions
 * survive a restart of `npm start`.
 */
export interface LocalIssuer {
  issuer: string;
  audience: string;
  jwks: { keys: JWK[] };
  sign(identity: Identity, ttlSeconds?: number): Promise<{ token: string; expiresAt: string }>;
}

export const LOCAL_AUDIENCE = 'ruta-local-admin';

export async function createIssuer(issuer: string, keyFile?: string): Promise<LocalIssuer> {
  let privateJwk: JWK;
  if (keyFile && existsSync(keyFile)) {
    privateJwk = JSON.parse(readFileSync(keyFile, 'utf8'));
  } else {
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    privateJwk = { ...(await exportJWK(privateKey)), kid: `local-${Date.now().toString(36)}`, alg: 'RS256' };
    if (keyFile) writeFileSync(keyFile, JSON.stringify(privateJwk), { mode: 0o600 });
  }
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, ...publicJwk } = privateJwk;
  const key = await importJWK(privateJwk, 'RS256');
  return {
    issuer,
    audience: LOCAL_AUDIENCE,
    jwks: { keys: [{ ...publicJwk, use: 'sig' }] },
    async sign(identity, ttlSeconds = 8 * 3600) {
      const exp = Math.floor(Date.now() / 1000) + ttlSeconds;
      const token = await new SignJWT({
        token_use: 'id',
        'cognito:username': identity.username,
        'cognito:groups': [identity.role],
        name: identity.displayName,
        ...(identity.organizationId ? { 'custom:organizationId': identity.organizationId } : {}),
        ...(identity.programIds.length ? { 'custom:programIds': identity.programIds.join(',') } : {}),
      })
        .setProtectedHeader({ alg: 'RS256', kid: privateJwk.kid! })
        .setIssuer(issuer)
        .setAudience(LOCAL_AUDIENCE)
        .setSubject(identity.username)
        .setIssuedAt()
        .setExpirationTime(exp)
        .sign(key);
      return { token, expiresAt: new Date(exp * 1000).toISOString() };
    },
  };
}
