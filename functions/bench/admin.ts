/**
 * The console as a partner's phone gets it: the JavaScript the login page needs before its first
 * screen (gzip bytes, what index.html loads and preloads), then Lighthouse in headless Debian
 * Chromium against the real local server — the login page's mobile performance score and the total
 * blocking time (desktop) of the framework and results-report pages for a signed-in staff user.
 * Figures are printed, never asserted (the goals are in issue 14 and docs/decisions.md).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const PROGRAM = 'prog-ecuador-tip';

export interface AdminFigures {
  firstScreenGzipBytes: number;
  firstScreenFiles: string[];
  loginMobileScore?: number;
  loginMobileLcpMs?: number;
  frameworkDesktopTbtMs?: number;
  reportDesktopTbtMs?: number;
  lighthouseError?: string;
}

export type AdminPage = 'login' | 'framework' | 'report';

export interface AdminBenchOptions {
  /** The pages Lighthouse measures (all three by default). */
  pages?: readonly AdminPage[];
  /** Where to keep each Lighthouse report (`<page>-<n>.json`), to see the LCP element and the main-thread work. */
  reportDir?: string;
  /** Run number, in the saved reports' names. */
  run?: number;
}

/**
 * What index.html makes the browser fetch before React can draw: its scripts and modulepreloads, also
 * when public/boot.js adds the console's from `<meta name="ruta-entry">` (vite.config.ts).
 */
export function firstScreenScripts(distDir: string): { files: string[]; gzipBytes: number } {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]!);
  const started = html.match(/<meta name="ruta-entry" content="([^"]+)"/)?.[1]?.split(' ') ?? [];
  const files = [...tags, ...started.map((f) => f.replace(/^\//, ''))];
  const gzipBytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(distDir, f)), { level: 9 }).length, 0);
  return { files, gzipBytes };
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

/** `npm start` without the build, on its own port, data folder and table. */
async function startLocalServer(dynamoEndpoint: string): Promise<{ url: string; stop(): void }> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ruta-bench-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'functions/local/start.ts'], {
    cwd: root,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      RUTA_DATA_DIR: dataDir,
      TABLE_NAME: `bench-admin-${port}`,
      DYNAMODB_ENDPOINT: dynamoEndpoint,
    },
  });
  await new Promise<void>((ok, fail) => {
    let output = '';
    const timer = setTimeout(() => fail(new Error(`local server not ready:\n${output}`)), 120_000);
    child.stdout?.on('data', (c: Buffer) => {
      output += c.toString();
      if (output.includes('Ruta is running at')) {
        clearTimeout(timer);
        ok();
      }
    });
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.once('exit', (code) => fail(new Error(`local server exited with ${code}:\n${output}`)));
  });
  return {
    url: `http://localhost:${port}`,
    stop() {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        /* gone */
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function measureAdmin(dynamoEndpoint: string, options: AdminBenchOptions = {}): Promise<AdminFigures> {
  const pages = new Set(options.pages ?? ['login', 'framework', 'report']);
  const keep = (page: AdminPage, lhr: unknown) => {
    if (!options.reportDir || !lhr) return;
    mkdirSync(options.reportDir, { recursive: true });
    writeFileSync(join(options.reportDir, `${page}-${options.run ?? 1}.json`), JSON.stringify(lhr));
  };
  const distDir = process.env.RUTA_ADMIN_DIST ?? join(root, 'admin/dist');
  const first = firstScreenScripts(distDir);
  const figures: AdminFigures = { firstScreenGzipBytes: first.gzipBytes, firstScreenFiles: first.files };
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(chromium)) return { ...figures, lighthouseError: `no Chromium at ${chromium}` };

  const server = await startLocalServer(dynamoEndpoint);
  const profile = mkdtempSync(join(tmpdir(), 'ruta-bench-chromium-'));
  const { chromium: playwright } = await import('playwright-core');
  const debugPort = await freePort();
  // A persistent profile: the session the sign-in stores in localStorage is there for Lighthouse's tabs.
  const browser = await playwright.launchPersistentContext(profile, {
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', `--remote-debugging-port=${debugPort}`, '--no-first-run', '--disable-background-networking'],
  });
  try {
    const { default: lighthouse, desktopConfig } = await import('lighthouse');
    const flags = { port: debugPort, output: 'json' as const, logLevel: 'error' as const, onlyCategories: ['performance'] };

    if (pages.has('login')) {
      const login = await lighthouse(`${server.url}/#/login`, flags);
      keep('login', login?.lhr);
      figures.loginMobileScore = Math.round((login?.lhr.categories.performance?.score ?? 0) * 100);
      figures.loginMobileLcpMs = login?.lhr.audits['largest-contentful-paint']?.numericValue;
    }
    if (!pages.has('framework') && !pages.has('report')) return figures;

    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.url}/#/login`);
    await page.getByLabel(/^Usuario/).fill('staff');
    await page.getByLabel(/^Contraseña/).fill('ruta-staff');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));

    const signedIn = { ...flags, disableStorageReset: true };
    const tbt = async (page: AdminPage, path: string) => {
      const result = await lighthouse(`${server.url}/#${path}`, signedIn, desktopConfig);
      keep(page, result?.lhr);
      return result?.lhr.audits['total-blocking-time']?.numericValue;
    };
    if (pages.has('framework')) figures.frameworkDesktopTbtMs = await tbt('framework', `/Program/${PROGRAM}/framework`);
    if (pages.has('report')) figures.reportDesktopTbtMs = await tbt('report', `/reports/results?program=${PROGRAM}`);
  } catch (e) {
    figures.lighthouseError = (e as Error).message;
  } finally {
    await browser.close();
    server.stop();
    rmSync(profile, { recursive: true, force: true });
  }
  return figures;
}

const ms = (v?: number) => (v === undefined ? '—' : `${Math.round(v)} ms`);

export function printAdmin(f: AdminFigures): void {
  console.log('\nAdmin console (built admin/dist, local server compressing like CloudFront)');
  console.log(
    `  JS before the first screen ${(f.firstScreenGzipBytes / 1000).toFixed(0)} kB gzip   (goal ≤ 450 kB; ${f.firstScreenFiles.length} files)`,
  );
  if (f.lighthouseError) {
    console.log(`  Lighthouse unavailable: ${f.lighthouseError}`);
    return;
  }
  if (f.loginMobileScore !== undefined)
    console.log(`  login page, mobile         Lighthouse performance ${f.loginMobileScore}, LCP ${ms(f.loginMobileLcpMs)}   (goal ≥ 90)`);
  if (f.frameworkDesktopTbtMs !== undefined)
    console.log(`  framework page, desktop    total blocking time ${ms(f.frameworkDesktopTbtMs)}   (goal ≤ 300 ms)`);
  if (f.reportDesktopTbtMs !== undefined)
    console.log(`  results report, desktop    total blocking time ${ms(f.reportDesktopTbtMs)}   (goal ≤ 300 ms)`);
}

/**
 * Only the console's figures, without the API bench: `node --import tsx functions/bench/admin.ts
 * [--runs=3] [--pages=login,framework,report] [--reports=/tmp/lh]` (after `npm run build:admin`; RUTA_ADMIN_DIST
 * picks another build). Lighthouse's figures vary with the machine's load: several runs, their median, and the load average.
 */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const runs = Number(arg('runs') ?? 1);
  const pages = arg('pages')?.split(',') as AdminPage[] | undefined;
  const { loadavg } = await import('node:os');
  const { startEngine } = await import('#platform/local/engine');
  const engine = await startEngine();
  const all: AdminFigures[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const f = await measureAdmin(engine.endpoint, { pages, reportDir: arg('reports'), run });
      console.log(
        `\nrun ${run}/${runs}, load average ${loadavg()
          .map((l) => l.toFixed(2))
          .join(' ')}`,
      );
      printAdmin(f);
      all.push(f);
    }
  } finally {
    await engine.stop();
  }
  if (runs > 1) {
    const median = (pick: (f: AdminFigures) => number | undefined) => {
      const v = all
        .map(pick)
        .filter((x): x is number => x !== undefined)
        .sort((a, b) => a - b);
      return v.length ? v[Math.floor(v.length / 2)] : undefined;
    };
    console.log(`\nmedian of ${runs} runs`);
    printAdmin({
      ...all[0]!,
      lighthouseError: all.every((f) => f.lighthouseError) ? all[0]!.lighthouseError : undefined,
      loginMobileScore: median((f) => f.loginMobileScore),
      loginMobileLcpMs: median((f) => f.loginMobileLcpMs),
      frameworkDesktopTbtMs: median((f) => f.frameworkDesktopTbtMs),
      reportDesktopTbtMs: median((f) => f.reportDesktopTbtMs),
    });
  }
  process.exit(0);
}
