/**
 * Where this build runs. One admin build serves every stage: in AWS the admin content stack publishes
 * `/config.json` beside index.html (infra/lib/admin-stack.ts, `AdminRuntimeConfig`); the local server
 * answers `{"mode":"local"}`. A missing file comes back from CloudFront's SPA fallback (or Vite's dev
 * server) as index.html, so anything that is not a complete Cognito config means "local issuer".
 */
export interface CognitoConfig {
  mode: 'cognito';
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  stage: string;
}

export type RuntimeConfig = { mode: 'local' } | CognitoConfig;

const LOCAL: RuntimeConfig = { mode: 'local' };
const COGNITO_FIELDS = ['apiUrl', 'region', 'userPoolId', 'userPoolClientId', 'stage'] as const;

export function parseRuntimeConfig(body: unknown): RuntimeConfig {
  if (!body || typeof body !== 'object') return LOCAL;
  const value = body as Record<string, unknown>;
  if (value.mode === 'local') return LOCAL;
  const complete = COGNITO_FIELDS.every((k) => typeof value[k] === 'string' && value[k] !== '');
  if (!complete) return LOCAL;
  const [apiUrl, region, userPoolId, userPoolClientId, stage] = COGNITO_FIELDS.map((k) => value[k] as string) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { mode: 'cognito', apiUrl, region, userPoolId, userPoolClientId, stage };
}

/**
 * An unreachable server is not "local": guessing would send Cognito users' passwords to an
 * /auth/login that does not exist, so it fails (and the next call asks again).
 */
export async function fetchRuntimeConfig(fetchFn: typeof fetch = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchFn('/config.json', { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch {
    throw new Error('ruta.errors.NETWORK');
  }
  if (response.status === 404) return LOCAL;
  if (!response.ok) throw new Error('ruta.errors.NETWORK');
  try {
    return parseRuntimeConfig(JSON.parse(await response.text()));
  } catch {
    return LOCAL; // index.html from an SPA fallback
  }
}

let loaded: Promise<RuntimeConfig> | undefined;

/** Fetched once per page load; every caller waits for the same answer. */
export function runtimeConfig(): Promise<RuntimeConfig> {
  loaded ??= fetchRuntimeConfig().catch((e: unknown) => {
    loaded = undefined;
    throw e;
  });
  return loaded;
}
