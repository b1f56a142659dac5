import type { TestProject } from 'vitest/node';
import { startEngine, type Engine } from '#platform/local/engine';

// One DynamoDB Local for the whole run (in memory); each test file makes its own table.
let engine: Engine | undefined;

export async function setup(project: TestProject) {
  engine = await startEngine();
  process.env.DYNAMODB_ENDPOINT = engine.endpoint;
  project.provide('dynamoEndpoint', engine.endpoint);
}

export async function teardown() {
  await engine?.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
