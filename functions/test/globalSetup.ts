import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEngine, type Engine } from '#platform/local/engine';

// One DynamoDB Local for the whole run (in memory); each test file makes its own table.
let engine: Engine | undefined;
// Where the first e2e server keeps its freshly loaded demo data for the next files (functions/test/demoSnapshot.ts).
let snapshotDir: string | undefined;

export async function setup(project: TestProject) {
  engine = await startEngine();
  process.env.DYNAMODB_ENDPOINT = engine.endpoint;
  project.provide('dynamoEndpoint', engine.endpoint);
  snapshotDir = mkdtempSync(join(tmpdir(), 'ruta-e2e-demo-'));
  project.provide('e2eSnapshotDir', snapshotDir);
}

export async function teardown() {
  await engine?.stop();
  if (snapshotDir) rmSync(snapshotDir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
    e2eSnapshotDir: string;
  }
}
