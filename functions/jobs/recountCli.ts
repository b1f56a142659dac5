/**
 * `npm run recount [-- --fix]`: rebuilds the report aggregates of every program in the local
 * database from the records and prints any drift; also the search words, the agreements' program
 * copies and the organizations' name guards (a `.ruta/` from before they existed gets them with
 * `--fix`). Uses the running `npm start` engine when there is one (its address is in
 * .ruta/engine.json), otherwise starts DynamoDB Local on the same data.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ListTablesCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createDocumentClient } from '#platform/dynamo';
import { maintenanceTable, readRunningSystem, startEngine, type Engine } from '#platform/local/engine';
import { connectTable } from '#platform/store';
import { recountAll } from './recount.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = resolve(process.env.RUTA_DATA_DIR ?? join(root, '.ruta'));
const fix = process.argv.includes('--fix');

async function reachable(endpoint: string) {
  const c = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await c.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    c.destroy();
  }
}

let engine: Engine | undefined;
let endpoint = process.env.DYNAMODB_ENDPOINT;
// The table and engine `npm start` uses (it writes them to engine.json), unless TABLE_NAME / DYNAMODB_ENDPOINT say otherwise.
const running = readRunningSystem(join(dataDir, 'engine.json'));
const tableName = maintenanceTable(process.env, running);
if (!endpoint && running.endpoint && (await reachable(running.endpoint))) endpoint = running.endpoint;
if (!endpoint) {
  if (!existsSync(join(dataDir, 'dynamodb'))) {
    console.log(`No local database in ${dataDir}: run \`npm start\` once first.`);
    process.exit(1);
  }
  engine = await startEngine({ dbPath: join(dataDir, 'dynamodb') });
  endpoint = engine.endpoint;
}
connectTable(createDocumentClient({ region: 'us-east-1', endpoint }), tableName);
console.log(`Table ${tableName} at ${endpoint}${engine ? ' (engine started for this run)' : ''}.`);
const { programs, drift, indexes, publicStats } = await recountAll({ fix });
console.log(`Recounted the aggregates of ${programs} program(s) from their records.`);
if (!drift.length) console.log('No drift: every aggregate equals the sum of its records.');
for (const d of drift) {
  console.log(
    `  drift ${d.programId} ${d.month} ${d.bucket} ${d.counter}: stored ${d.stored}, records say ${d.recounted}${fix ? ' (fixed)' : ''}`,
  );
}
const fixable = indexes.filter((d) => d.problem !== 'duplicate');
console.log(
  indexes.length
    ? `Search words, program copies and name guards: ${fixable.length} item(s) to rebuild${fix && fixable.length ? ' (rebuilt)' : ''}.`
    : 'Search words, program copies and name guards match the records.',
);
const byKind = new Map<string, number>();
for (const d of fixable) byKind.set(`${d.index} ${d.problem}`, (byKind.get(`${d.index} ${d.problem}`) ?? 0) + 1);
for (const [kind, count] of byKind) console.log(`  ${kind}: ${count}`);
for (const d of indexes.filter((x) => x.problem === 'duplicate')) {
  console.log(`  two organizations share the name "${d.key.split('|')[0]}" (${d.key.split('|')[1]} is not guarded): rename one`);
}
console.log(
  publicStats.length
    ? `Public statistics: ${publicStats.length} cell(s) differ from the cases${fix ? ' (rewritten)' : ''}.`
    : 'Public statistics match the cases and their consents.',
);
for (const d of publicStats) console.log(`  ${d.year} ${d.cell}: stored ${d.stored}, cases say ${d.recounted}`);
await engine?.stop();
process.exit((drift.length || fixable.length || publicStats.length) && !fix ? 2 : 0);
