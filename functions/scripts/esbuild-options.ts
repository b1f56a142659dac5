/**
 * The one place that says how a Lambda handler is bundled. `functions/scripts/bundle.ts` (the build and the
 * bench figures) and the CDK construct `infra/lib/constructs/ruta-function.ts` both build with these options,
 * so what the bench measures is what gets deployed.
 *
 * Why each option (measured on our stack; docs/conventions.md sends readers here):
 * - ESM, `import`/`module` conditions, `module` main field and `.mjs` first: packages resolve to their ES-module
 *   builds, which keeps tree-shaking working and removes duplicate CJS + ESM copies of the same package.
 * - `@apollo/server` aliased to its ESM build: `@as-integrations/aws-lambda@4.0.1` is CommonJS only and
 *   `require`s `@apollo/server`; without the alias that pulls in the `dist/cjs` copy beside the `dist/esm`
 *   one we import. The ESM build also turns Apollo's default plugins (usage reporting with its protobuf,
 *   landing page, …) into `import()`s, which splitting makes lazy chunks that a deployed server never loads.
 * - `sha.js` aliased to a shim over `node:crypto` (see `shims/sha.cjs`): Apollo hashes every query natively.
 * - `@aws-sdk/lib-dynamodb` aliased to `shims/packages/ruta-lib-dynamodb` (found through `nodePaths`, so its
 *   `exports` map applies): ElectroDB's `require` gets a plain registry object, our ES-module imports get the real
 *   commands, tree-shaken. Without it ElectroDB's `require` kept every DynamoDB operation, waiter and protocol in
 *   the cold start (~70 KiB). See `shims/packages/ruta-lib-dynamodb/index.mjs`.
 * - `jsonschema` aliased to a shim whose validator accepts (see `shims/jsonschema.cjs`): ElectroDB validated our
 *   constant entity models against a JSON schema at every cold start (~45 ms); the tests validate them unbundled.
 * - `@graphql-tools/schema` aliased to a shim that throws (see `shims/graphql-tools-schema.mjs`): Apollo imports it for
 *   servers built from `typeDefs`; we pass a schema, and the import cost ~54 KiB of every cold start.
 * - `@apollo/usage-reporting-protobuf` aliased to an inert stand-in: usage reporting is disabled, and its 104 KiB
 *   would otherwise ship (as a chunk never loaded) in every deployment package.
 * - splitting: every dynamic `import()` becomes a chunk loaded on first use — each domain's service (resolvers are
 *   lazy shims, `#platform/lazy`), the DynamoDB client and ElectroDB with the first entity, Cognito's client.
 * - `process.env.NODE_ENV` baked in as "production": graphql-js skips its dev-only checks (25–45 % throughput).
 * - the banner gives bundled CommonJS code a real `require` for Node built-ins.
 * - the AWS SDK stays bundled: marking it external made cold imports slower.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BuildOptions } from 'esbuild';

/** The repository root (this file is `functions/scripts/esbuild-options.ts`). */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Lambda entry points, relative to the repository root. */
export const handlerEntries = {
  graphql: 'functions/handlers/graphql.ts',
} as const;

/** The file name (without extension) of the bundled entry: the Lambda handler is `index.handler`. */
export const ENTRY_NAME = 'index';

const shims = join(dirname(fileURLToPath(import.meta.url)), 'shims');

/** `@apollo/server`'s ESM build, resolved from the functions workspace (wherever npm installed it). */
function apolloServerEsm(root: string): string {
  const cjsEntry = createRequire(join(root, 'functions', 'package.json')).resolve('@apollo/server'); // …/dist/cjs/index.js
  const dir = join(cjsEntry.slice(0, cjsEntry.lastIndexOf(`${sep}dist${sep}`)), 'dist', 'esm');
  if (!existsSync(join(dir, 'index.js'))) throw new Error(`@apollo/server's ESM build not found at ${dir}`);
  return dir;
}

/** A package's ES-module entry (its `module` field), resolved from the functions workspace. */
function esmEntry(root: string, name: string): string {
  const pkgJson = createRequire(join(root, 'functions', 'package.json')).resolve(`${name}/package.json`);
  const { module } = JSON.parse(readFileSync(pkgJson, 'utf8')) as { module?: string };
  const file = module && join(dirname(pkgJson), module);
  if (!file || !existsSync(file)) throw new Error(`${name} has no ES-module build (module field) at ${dirname(pkgJson)}`);
  return file;
}

/**
 * esbuild options for bundling one handler entry into `outdir` as `index.mjs` plus lazy chunks.
 * Everything but the entry and output directory is fixed here.
 */
export function handlerBuildOptions(entry: string, outdir: string, root: string = repoRoot) {
  return {
    absWorkingDir: root,
    entryPoints: { [ENTRY_NAME]: entry },
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    minify: true,
    sourcemap: true, // linked: index.mjs.map beside the code, read by NODE_OPTIONS=--enable-source-maps
    sourcesContent: false, // stack traces need the mappings, not the sources: keeps the asset small
    legalComments: 'none',
    metafile: true,
    mainFields: ['module', 'main'],
    conditions: ['import', 'module'],
    resolveExtensions: ['.mjs', '.js', '.ts', '.tsx', '.cjs', '.json'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // `@apollo/server` and every subpath (`@apollo/server/errors`, `/plugin/disabled`, …) → the ESM build.
    alias: {
      '@apollo/server': apolloServerEsm(root),
      'sha.js': join(shims, 'sha.cjs'),
      jsonschema: join(shims, 'jsonschema.cjs'),
      '@apollo/usage-reporting-protobuf': join(shims, 'usage-reporting-protobuf.mjs'), // disabled: never runs (see the shim)
      '@graphql-tools/schema': join(shims, 'graphql-tools-schema.mjs'), // Apollo's typeDefs+resolvers path, unused (see the shim) // ElectroDB's model validation, done by the tests instead (see the shim)
      // `require` → a registry ElectroDB reads commands from; `import` → the used commands (shims/packages/ruta-lib-dynamodb).
      '@aws-sdk/lib-dynamodb': 'ruta-lib-dynamodb',
      'ruta-lib-dynamodb-esm': esmEntry(root, '@aws-sdk/lib-dynamodb'), // the real package, for the shim
    },
    banner: {
      js: "import { createRequire as __rutaCreateRequire } from 'node:module'; const require = __rutaCreateRequire(import.meta.url);",
    },
    nodePaths: [join(shims, 'packages')], // bare names not in node_modules: our shim packages
    logLevel: 'warning',
  } satisfies BuildOptions;
}
