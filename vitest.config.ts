import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// One run, three kinds of test: offline unit tests, connected tests against the embedded DynamoDB
// (started once per run by the global setup) and browser tests in headless Chromium.
export default defineConfig({
  // graphql 16 has no "exports": Node loads its CommonJS build for the packages vitest leaves to Node
  // (Apollo, graphql-scalars), while Vite would give our files the .mjs build, and graphql refuses a
  // schema built by the other copy. Our files get the copy Node gives everyone else.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    globalSetup: ['functions/test/globalSetup.ts'],
    // One test file at a time (what vitest chooses by itself on a 2-core machine). Two at a time was
    // tried: 944 s instead of ~1,000 s, every file ~1.5× slower, and browser pages that did not settle
    // within 45 s — not worth the flakiness on CI's 2 cores.
    maxWorkers: 1,
    // Our machines run Node 20; the SDK's notice about its future Node 22 requirement is noise here.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['schema/**/*.test.ts', 'functions/**/*.test.ts', 'infra/**/*.test.ts', 'admin/src/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.connected.test.ts'],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'connected',
          include: ['functions/**/*.connected.test.ts'],
          testTimeout: 30_000,
          // Set-ups load demo data or create tables in DynamoDB Local: slow on a busy 2-core machine, where
          // two browser test files (servers, Chromium) run beside them.
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['admin/e2e/**/*.e2e.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Browser test files may run beside each other: each starts its own server on a free port with
          // its own table and data folder.
        },
      },
    ],
  },
});
