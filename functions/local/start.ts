/**
 * `npm start`: the whole system on one port — DynamoDB Local (data on disk), the Lambda handler
 * behind the local HTTP adapter, the built admin and the local token issuer — plus demo data.
 * Like the Lambda entry points, this file wires platform and modules together.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTable, startEngine, type Engine } from '#platform/local/engine';
import { createIssuer } from '#platform/local/issuer';
import { createLocalServer } from '#platform/local/server';

// Local machines run Node 20; the SDK's notice about requiring Node 22 from 2027 would only be noise.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const port = Number(process.env.PORT ?? 4000);
const dataDir = resolve(process.env.RUTA_DATA_DIR ?? join(root, '.ruta'));
const tableName = process.env.TABLE_NAME ?? 'ruta-local';
mkdirSync(dataDir, { recursive: true });

let engine: Engine | undefined;
let endpoint = process.env.DYNAMODB_ENDPOINT;
if (!endpoint) {
  mkdirSync(join(dataDir, 'dynamodb'), { recursive: true });
  engine = await startEngine({ dbPath: join(dataDir, 'dynamodb') });
  endpoint = engine.endpoint;
}
const created = await ensureTable(endpoint, tableName);
// Maintenance commands (npm run recount) find the running engine here instead of opening the files twice.
writeFileSync(join(dataDir, 'engine.json'), JSON.stringify({ endpoint, tableName }));

const base = `http://localhost:${port}`;
const issuer = await createIssuer(`${base}/auth`, join(dataDir, 'issuer-key.json'));
Object.assign(process.env, {
  TABLE_NAME: tableName,
  DYNAMODB_ENDPOINT: endpoint,
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  JWT_ISSUER: issuer.issuer,
  JWT_AUDIENCE: issuer.audience,
  JWT_JWKS: JSON.stringify(issuer.jwks),
  RUTA_STAGE: 'local',
  POWERTOOLS_LOG_LEVEL: process.env.POWERTOOLS_LOG_LEVEL ?? 'WARN',
});

// RUTA_ADMIN_DIST: a console built elsewhere (`RUTA_ADMIN_DIST=/tmp/x npm run build:admin`), so two
// working copies' browser tests do not rebuild one admin/dist under each other.
function adminDist(): string {
  return process.env.RUTA_ADMIN_DIST ?? join(root, 'admin/dist');
}

// The same handler module that runs in Lambda; importing it builds the server and connects the store.
const { handler } = await import('#handlers/graphql');
const { signIn } = await import('#modules/user/service');
const { loadDemoData } = await import('../seed/load.ts');
const { demoUsers } = await import('../seed/ecuador.ts');
const seeded = await loadDemoData();

const server = createLocalServer({ handler, issuer, login: signIn, adminDir: adminDist() });
server.listen(port, () => {
  const lines = [
    '',
    `Ruta is running at ${base}`,
    `  admin console  ${base}/`,
    `  GraphQL API    ${base}/graphql`,
    `  API explorer   ${base}/graphiql   (staff and admin)`,
    `  token issuer   ${base}/auth/login  (JWKS at ${base}/auth/jwks.json)`,
    `  DynamoDB Local ${endpoint}  table ${tableName}${created ? ' (created)' : ''}; data in ${dataDir}`,
    `  demo data      ${seeded.loaded ? 'loaded' : 'already present'}`,
    '',
    'Demo accounts (username / password):',
    ...demoUsers.map((u) => `  ${u.username.padEnd(11)} / ${u.password.padEnd(16)} ${u.role} — ${u.displayName}`),
    '',
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));
});

async function shutdown() {
  server.close();
  await engine?.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
