/**
 * Bundles the GraphQL Lambda handler with the shared esbuild options (`./esbuild-options.ts`, also used by
 * the CDK construct) and reports what it weighs:
 *
 *   node --import tsx functions/scripts/bundle.ts [outdir]     (npm run build:handler)
 *
 * Output: `functions/dist/graphql/index.mjs` (+ `.map`) and lazy `chunks/`. `npm run bench` imports
 * `bundleHandler` for its figures.
 */
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';
import { ENTRY_NAME, handlerBuildOptions, handlerEntries, repoRoot } from './esbuild-options.ts';

export interface BundleReport {
  /** Absolute path of the bundled entry (`…/index.mjs`). */
  entryFile: string;
  /** Size of the entry file alone. */
  entryBytes: number;
  /** All JavaScript output (entry + every chunk), source maps excluded. */
  totalBytes: number;
  /** What a cold start loads: the entry plus the chunks it imports statically, transitively. */
  startupBytes: number;
  /** The source files and packages bundled into those start-up chunks. */
  startupInputs: string[];
  /**
   * What the first call of a lazily imported module adds to the start-up: its chunk and the chunks it
   * imports statically that start-up has not loaded yet, per source module imported with `import()`.
   */
  lazyModules: { module: string; bytes: number }[];
  /** Packages bundled more than once (two builds of one package, or two installed copies); empty when clean. */
  duplicates: string[];
  /** Largest contributors to the output, minified bytes, grouped by package (own code: by file). */
  topInputs: { path: string; bytes: number }[];
  metafile: Metafile;
}

export const defaultOutdir = join(repoRoot, 'functions', 'dist', 'graphql');

/** Bundles `functions/handlers/graphql.ts` into `outdir` (default `functions/dist/graphql`). */
export async function bundleHandler(outdir: string = defaultOutdir, entry: string = handlerEntries.graphql): Promise<BundleReport> {
  const out = isAbsolute(outdir) ? outdir : resolve(outdir);
  // Remove only what a previous build wrote, so stale chunks never ship.
  await Promise.all(
    [`${ENTRY_NAME}.mjs`, `${ENTRY_NAME}.mjs.map`, 'chunks'].map((f) => rm(join(out, f), { recursive: true, force: true })),
  );
  const { metafile } = await build(handlerBuildOptions(entry, out));
  return { ...measure(metafile, out), metafile };
}

/** Figures from an esbuild metafile whose paths are relative to the repository root. */
export function measure(metafile: Metafile, outdir: string): Omit<BundleReport, 'metafile'> {
  const key = (abs: string) => relative(repoRoot, abs).split('\\').join('/');
  const entryKey = key(join(outdir, `${ENTRY_NAME}.mjs`));
  const outputs = metafile.outputs;
  const entryOut = outputs[entryKey];
  if (!entryOut) throw new Error(`esbuild wrote no ${entryKey}; outputs: ${Object.keys(outputs).join(', ')}`);
  const js = Object.entries(outputs).filter(([p]) => p.endsWith('.mjs'));

  // Cold start: follow static imports (not `import()`) from the entry through the chunks.
  const closure = (from: string, loaded: ReadonlySet<string> = new Set()) => {
    const seen = new Set<string>([from]);
    const queue = [from];
    while (queue.length) {
      for (const imp of outputs[queue.pop()!]?.imports ?? []) {
        if (imp.external || imp.kind !== 'import-statement' || seen.has(imp.path) || loaded.has(imp.path)) continue;
        seen.add(imp.path);
        queue.push(imp.path);
      }
    }
    return seen;
  };
  const startup = closure(entryKey);
  const bytesOf = (files: Iterable<string>) => [...files].reduce((n, p) => n + (outputs[p]?.bytes ?? 0), 0);
  const lazyModules = Object.entries(outputs)
    .filter(([path, out]) => out.entryPoint && path !== entryKey && path.endsWith('.mjs'))
    .map(([path, out]) => ({ module: out.entryPoint!, bytes: bytesOf(closure(path, startup)) }))
    .sort((a, b) => a.module.localeCompare(b.module));

  const contribution = new Map<string, number>();
  for (const [, out] of js) {
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) {
      const group = packageOf(input)?.dir ?? input;
      contribution.set(group, (contribution.get(group) ?? 0) + bytesInOutput);
    }
  }

  return {
    entryFile: join(repoRoot, entryKey),
    entryBytes: entryOut.bytes,
    totalBytes: js.reduce((n, [, o]) => n + o.bytes, 0),
    startupBytes: bytesOf(startup),
    startupInputs: [...new Set([...startup].flatMap((p) => Object.keys(outputs[p]?.inputs ?? {})))],
    lazyModules,
    duplicates: findDuplicates(metafile.inputs),
    topInputs: [...contribution]
      .map(([path, bytes]) => ({ path, bytes }))
      .filter((x) => x.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 20),
  };
}

/** `node_modules/a/node_modules/@s/b/dist/x.js` → { name: '@s/b', dir: 'node_modules/a/node_modules/@s/b', file: 'dist/x.js' } */
export function packageOf(input: string): { name: string; dir: string; file: string } | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const parts = input.slice(at + 'node_modules/'.length).split('/');
  const n = parts[0]?.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, n).join('/');
  return { name, dir: `${input.slice(0, at)}node_modules/${name}`, file: parts.slice(n).join('/') };
}

/** Folder names that only say which build of a package a file belongs to. */
const BUILD_DIRS = new Set([
  'esm',
  'cjs',
  'es',
  'es6',
  'es2015',
  'es2017',
  'es2020',
  'lib',
  'module',
  'modules',
  'commonjs',
  'mjs',
  'umd',
  'dist-es',
  'dist-cjs',
  'dist-esm',
  'node',
  'build',
  'browser',
]);

/**
 * A package is duplicated when one module of it is bundled from two builds (`dist/esm/x.js` and
 * `dist/cjs/x.js`, or `index.mjs` and `index.js` — unless one merely re-exports the other), or when it is
 * bundled from two install locations (two versions, or one version npm could not hoist).
 */
export function findDuplicates(inputs: Metafile['inputs']): string[] {
  const byName = new Map<string, Map<string, string[]>>(); // name → install dir → files
  for (const input of Object.keys(inputs)) {
    const pkg = packageOf(input);
    if (!pkg) continue;
    const dirs = byName.get(pkg.name) ?? new Map<string, string[]>();
    byName.set(pkg.name, dirs);
    dirs.set(pkg.dir, [...(dirs.get(pkg.dir) ?? []), pkg.file]);
  }
  const imports = (from: string, to: string) => inputs[from]?.imports.some((i) => i.path === to) ?? false;
  const found: string[] = [];
  for (const [name, dirs] of byName) {
    if (dirs.size > 1) {
      const copies = [...dirs.keys()].map((dir) => `${installedVersion(dir)} at ${dir}`);
      found.push(`${name} (${dirs.size} installed copies: ${copies.join('; ')})`);
    }
    for (const [dir, files] of dirs) {
      const builds = new Map<string, string[]>(); // module key → the build-specific files it came from
      for (const file of files) {
        const moduleKey = file
          .replace(/\.(m|c)?js$/, '')
          .split('/')
          .filter((s) => !BUILD_DIRS.has(s))
          .join('/');
        builds.set(moduleKey, [...(builds.get(moduleKey) ?? []), file]);
      }
      const twice = [...builds.values()].filter((group) =>
        group.some((a, i) =>
          group.slice(i + 1).some((b) => !imports(`${dir}/${a}`, `${dir}/${b}`) && !imports(`${dir}/${b}`, `${dir}/${a}`)),
        ),
      );
      if (twice.length) {
        found.push(`${name} (${twice.length} module${twice.length > 1 ? 's' : ''} from two builds, e.g. ${twice[0]!.join(' + ')})`);
      }
    }
  }
  return found;
}

function installedVersion(dir: string): string {
  try {
    return (JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8')) as { version?: string }).version ?? '?';
  } catch {
    return '?';
  }
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const t0 = performance.now();
  const r = await bundleHandler(process.argv[2] ? resolve(process.argv[2]) : defaultOutdir);
  console.log(`Bundled ${handlerEntries.graphql} → ${relative(process.cwd(), r.entryFile)} in ${(performance.now() - t0).toFixed(0)} ms`);
  console.log(`  entry file          ${kib(r.entryBytes)}`);
  console.log(`  loaded at start-up  ${kib(r.startupBytes)}   (entry + statically imported chunks)`);
  console.log(
    `  all chunks          ${kib(r.totalBytes)}   (${Object.keys(r.metafile.outputs).filter((p) => p.endsWith('.mjs')).length} files)`,
  );
  console.log(`  duplicated packages ${r.duplicates.length ? `\n    ${r.duplicates.join('\n    ')}` : 'none'}`);
  console.log('  largest inputs (minified bytes in output)');
  for (const x of r.topInputs.slice(0, 12)) console.log(`    ${kib(x.bytes).padStart(10)}  ${x.path.replace(/^.*node_modules\//, '')}`);
}
