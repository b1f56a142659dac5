import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BatchWriteItemCommand, DynamoDBClient, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { ensureTable } from '#platform/local/engine';

/**
 * Loading the demo program through the services takes ~13 s per server on a 2-core machine, and each e2e
 * file starts its own server. The first server of a run loads it for real; its table items and data
 * folder (issuer key, case keys — the encrypted identities need the same keys) are then kept here, and
 * later files get a copy: the server finds the demo data present and skips the load. Each file still has
 * its own table, so files stay independent.
 */
type Item = Record<string, AttributeValue>;

const ITEMS = 'items.json';
const DATA = 'data';

function client(endpoint: string) {
  return new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

// Browser test files run two at a time: the first two servers of a run may both load the demo and both
// save it. Each writes a folder of its own and renames it into place, so a reader sees one whole
// snapshot (items and the keys that encrypted them) or none; the slower writer's rename fails, harmlessly.
const COMPLETE = 'complete';

export function hasSnapshot(dir: string): boolean {
  return existsSync(join(dir, COMPLETE, ITEMS));
}

/** Copies the kept table and data folder into a new table and data folder. */
export async function restoreSnapshot(dir: string, endpoint: string, tableName: string, dataDir: string): Promise<void> {
  cpSync(join(dir, COMPLETE, DATA), dataDir, { recursive: true });
  await ensureTable(endpoint, tableName);
  const items = JSON.parse(readFileSync(join(dir, COMPLETE, ITEMS), 'utf8')) as Item[];
  const db = client(endpoint);
  try {
    const batches: Item[][] = [];
    for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
    // A few writers at once: DynamoDB Local is the bottleneck, not the network.
    let next = 0;
    const writer = async () => {
      while (next < batches.length) {
        let pending = batches[next++]!.map((Item) => ({ PutRequest: { Item } }));
        while (pending.length) {
          const out = await db.send(new BatchWriteItemCommand({ RequestItems: { [tableName]: pending } }));
          pending = (out.UnprocessedItems?.[tableName] ?? []) as typeof pending;
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, writer));
  } finally {
    db.destroy();
  }
}

/** Keeps a freshly loaded server's table and data folder (before any test changed them). */
export async function saveSnapshot(dir: string, endpoint: string, tableName: string, dataDir: string): Promise<void> {
  const db = client(endpoint);
  const items: Item[] = [];
  try {
    let start: Item | undefined;
    do {
      const page = await db.send(new ScanCommand({ TableName: tableName, ExclusiveStartKey: start }));
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    db.destroy();
  }
  const own = mkdtempSync(join(dir, 'writing-'));
  mkdirSync(join(own, DATA));
  for (const entry of readdirSync(dataDir)) {
    if (entry !== 'engine.json') cpSync(join(dataDir, entry), join(own, DATA, entry), { recursive: true });
  }
  writeFileSync(join(own, ITEMS), JSON.stringify(items));
  try {
    renameSync(own, join(dir, COMPLETE));
  } catch {
    rmSync(own, { recursive: true, force: true }); // another server's snapshot is in place: keep that one
  }
}
