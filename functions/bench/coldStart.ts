/**
 * Cold-start figures for `npm run bench`: our bundled GraphQL handler against an Apollo hello world bundled
 * with the same esbuild options (./helloWorld.ts). Each sample is a fresh `node` process that `import()`s
 * the bundle and handles one API Gateway v2 event (functions/scripts/invoke-bundle.mjs); the figure is the
 * median of `rounds` processes. Printed, never asserted: a shared 2-core machine is noisy.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { bundleHandler, measure } from '../scripts/bundle.ts';
import { ENTRY_NAME, handlerBuildOptions, repoRoot } from '../scripts/esbuild-options.ts';

const run = promisify(execFile);
const INVOKER = join(repoRoot, 'functions', 'scripts', 'invoke-bundle.mjs');

export interface ColdStartOptions {
  /** DynamoDB Local, and a table in it with some organizations. */
  dynamoEndpoint: string;
  tableName: string;
  /** The local issuer's settings and a valid ID token it signed (any role that may list organizations). */
  jwt: { issuer: string; audience: string; jwks: unknown; token: string };
  /** Fresh processes per case. @default 20 */
  rounds?: number;
  /** Each domain's first operation, measured like `me`: what loading that domain's chunk costs. */
  operations?: { label: string; query: string }[];
}

export interface Sample {
  importMs: number;
  requestMs: number;
  totalMs: number;
}

export interface ColdStartCase {
  label: string;
  median: Sample;
}

interface Case {
  label: string;
  entry: string;
  request: { query: string; token?: string };
  env: Record<string, string>;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

async function sample(c: Case): Promise<Sample> {
  const { stdout } = await run(process.execPath, [INVOKER, c.entry, JSON.stringify([c.request])], {
    cwd: tmpdir(), // outside the repository: the bundle resolves nothing from node_modules
    env: { PATH: process.env.PATH ?? '', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...c.env },
  });
  const out = JSON.parse(stdout.trim().split('\n').pop()!) as {
    importMs: number;
    results: { status: number; body: unknown; ms: number }[];
  };
  const r = out.results[0]!;
  if (r.status !== 200 || (r.body as { errors?: unknown }).errors) throw new Error(`${c.label}: ${r.status} ${JSON.stringify(r.body)}`);
  return { importMs: out.importMs, requestMs: r.ms, totalMs: out.importMs + r.ms };
}

/** Bundles both handlers, then samples them in turn (interleaved, so drift in machine load hits all alike). */
export async function measureColdStart(
  options: ColdStartOptions,
): Promise<{ cases: ColdStartCase[]; startupBytes: { ruta: number; hello: number } }> {
  const { dynamoEndpoint, tableName, jwt, rounds = 20, operations = [] } = options;
  const dir = await mkdtemp(join(tmpdir(), 'ruta-cold-'));
  try {
    const ruta = await bundleHandler(join(dir, 'ruta'));
    const helloOut = join(dir, 'hello');
    const hello = await build(handlerBuildOptions(join(repoRoot, 'functions', 'bench', 'helloWorld.ts'), helloOut));
    const helloEntry = join(helloOut, `${ENTRY_NAME}.mjs`);
    const helloBytes = measure(hello.metafile, helloOut).startupBytes;

    const rutaEnv = {
      TABLE_NAME: tableName,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
      AWS_REGION: 'us-east-1',
      JWT_ISSUER: jwt.issuer,
      JWT_AUDIENCE: jwt.audience,
      JWT_JWKS: JSON.stringify(jwt.jwks),
      RUTA_STAGE: 'bench',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
    };
    const cases: Case[] = [
      { label: 'Apollo hello world { hello }', entry: helloEntry, request: { query: '{ hello }' }, env: {} },
      {
        label: 'Ruta { me { username } }',
        entry: ruta.entryFile,
        request: { query: '{ me { username } }', token: jwt.token },
        env: rutaEnv,
      },
      ...operations.map((o) => ({
        label: `Ruta ${o.label}`,
        entry: ruta.entryFile,
        request: { query: o.query, token: jwt.token },
        env: rutaEnv,
      })),
    ];
    const samples = cases.map(() => [] as Sample[]);
    for (let round = 0; round < rounds; round++) {
      for (const [i, c] of cases.entries()) samples[i]!.push(await sample(c));
    }
    return {
      cases: cases.map((c, i) => ({
        label: c.label,
        median: {
          importMs: median(samples[i]!.map((s) => s.importMs)),
          requestMs: median(samples[i]!.map((s) => s.requestMs)),
          totalMs: median(samples[i]!.map((s) => s.totalMs)),
        },
      })),
      startupBytes: { ruta: ruta.startupBytes, hello: helloBytes },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Prints the figures of {@link measureColdStart}; the first case is the yardstick. */
export function printColdStart({ cases, startupBytes }: Awaited<ReturnType<typeof measureColdStart>>, rounds = 20): void {
  const yardstick = cases[0]!;
  const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(9);
  console.log(`\nCold start: fresh node process, import() + first request (median of ${rounds} processes each)`);
  console.log(`  ${''.padEnd(36)} ${'import'.padStart(9)} ${'request'.padStart(9)} ${'total'.padStart(9)}   ratio`);
  for (const c of cases) {
    const ratio = c === yardstick ? '' : `${(c.median.totalMs / yardstick.median.totalMs).toFixed(2)}×`;
    console.log(`  ${c.label.padEnd(36)} ${ms(c.median.importMs)} ${ms(c.median.requestMs)} ${ms(c.median.totalMs)}   ${ratio}`);
  }
  console.log(
    `  goal: Ruta ≤ 2× the hello world   (start-up bytes: Ruta ${(startupBytes.ruta / 1024).toFixed(0)} KiB, hello world ${(startupBytes.hello / 1024).toFixed(0)} KiB)`,
  );
}
