/** Settings read once per cold start from the environment (Lambda) or set by the local server. */
export interface Config {
  tableName: string;
  region: string;
  /** DynamoDB endpoint override: DynamoDB Local when running locally or in tests. */
  dynamoEndpoint?: string;
  /** True when deployed: introspection, schema hints and stack traces off. */
  deployed: boolean;
  jwt: {
    issuer: string;
    audience?: string;
    /** Where the verifier gets its keys: a JWKS URL (Cognito) or the JWKS JSON itself (local issuer). */
    jwksUrl?: string;
    jwksJson?: string;
  };
  /**
   * Key that signs the paging cursors handed to clients (functions/platform/cursor.ts). In AWS the API
   * stack resolves a generated Secrets Manager secret into CURSOR_SECRET at deploy time (no call at cold
   * start); locally `npm start` keeps one under .ruta/; tests get a random key per process.
   */
  cursorSecret?: string;
}

/** CURSOR_SECRET when set (at least 32 characters, or it is ignored as a configuration mistake). */
export function cursorSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const secret = env.CURSOR_SECRET;
  return secret && secret.length >= 32 ? secret : undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const tableName = env.TABLE_NAME;
  if (!tableName) throw new Error('TABLE_NAME is not set');
  const issuer = env.JWT_ISSUER;
  if (!issuer) throw new Error('JWT_ISSUER is not set');
  return {
    tableName,
    region: env.AWS_REGION ?? 'us-east-1',
    dynamoEndpoint: env.DYNAMODB_ENDPOINT || undefined,
    deployed: env.RUTA_STAGE !== undefined && env.RUTA_STAGE !== 'local',
    jwt: {
      issuer,
      audience: env.JWT_AUDIENCE || undefined,
      jwksUrl: env.JWT_JWKS_URL || undefined,
      jwksJson: env.JWT_JWKS || undefined,
    },
    cursorSecret: cursorSecretFromEnv(env),
  };
}
