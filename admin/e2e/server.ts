import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { hasSnapshot, restoreSnapshot, saveSnapshot } from '../../functions/test/demoSnapshot.ts';

/**
 * Starts the real local server (`npm start` without the build) on a free port with a fresh data
 * directory and table, against the DynamoDB Local the vitest global setup started for the run.
 */
export const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** The console must be built: the server serves admin/dist (or RUTA_ADMIN_DIST). Build once when it is missing. */
export function ensureAdminBuilt(): void {
  if (existsSync(join(process.env.RUTA_ADMIN_DIST ?? join(root, 'admin/dist'), 'index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'admin'], { cwd: root, stdio: 'inherit' });
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

function provided(key: 'dynamoEndpoint' | 'e2eSnapshotDir'): string | undefined {
  try {
    return (inject as unknown as (key: string) => string | undefined)(key);
  } catch {
    return undefined; // outside vitest: start.ts starts its own engine and loads the demo data
  }
}

function dynamoEndpoint(): string | undefined {
  return process.env.DYNAMODB_ENDPOINT ?? provided('dynamoEndpoint');
}

function waitForReady(child: ChildProcess, timeoutMs: number): Promise<void> {
  return new Promise((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`server not ready after ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ruta is running at')) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export async function startServer(): Promise<RunningServer> {
  ensureAdminBuilt();
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ruta-e2e-'));
  const endpoint = dynamoEndpoint();
  const tableName = `e2e-${Math.random().toString(36).slice(2, 10)}`;
  const snapshotDir = endpoint ? provided('e2eSnapshotDir') : undefined;
  const restored = snapshotDir !== undefined && hasSnapshot(snapshotDir);
  if (restored && endpoint) await restoreSnapshot(snapshotDir, endpoint, tableName, dataDir);
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: root,
    detached: true, // own process group, so stop() also ends what it started
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      RUTA_DATA_DIR: dataDir,
      TABLE_NAME: tableName,
      ...(endpoint ? { DYNAMODB_ENDPOINT: endpoint } : {}),
      RUTA_SKIP_ADMIN_BUILD: '1',
    },
  });
  try {
    await waitForReady(child, 150_000); // two servers may start at once beside other tests
    if (snapshotDir && endpoint && !restored) await saveSnapshot(snapshotDir, endpoint, tableName, dataDir);
  } catch (e) {
    kill(child, 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
    throw e;
  }
  return {
    url: `http://localhost:${port}`,
    async stop() {
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const force = setTimeout(() => kill(child, 'SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(force);
          done();
        });
        kill(child, 'SIGTERM');
      });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function kill(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    /* already gone */
  }
}
