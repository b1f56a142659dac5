import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '#platform/dynamo';
import { configuredTable } from '#platform/table';

/** What ElectroDB entities and services have in common: where to send requests. */
interface Bindable {
  setClient(client: DynamoDBDocumentClient): unknown;
  setTableName(name: string): unknown;
}

let current: { client: DynamoDBDocumentClient; table: string } | undefined;
const bound = new Set<Bindable>();

function connection() {
  if (!current) {
    const settings = configuredTable();
    if (!settings) return undefined;
    current = { client: createDocumentClient(settings), table: settings.tableName };
  }
  return current;
}

function apply(target: Bindable, c: { client: DynamoDBDocumentClient; table: string }) {
  target.setClient(c.client);
  target.setTableName(c.table);
}

/**
 * Every entity (and ElectroDB service) registers itself here when its module loads — which, in the
 * Lambda bundle, is when the first operation of its domain runs — and is pointed at the table.
 * There is no list of all entities anywhere: adding a domain adds nothing to what others load.
 */
export function bind<T extends Bindable>(target: T): T {
  bound.add(target);
  const c = connection();
  if (c) apply(target, c);
  return target;
}

/** Points every entity, loaded or still to load, at a table (tests use one table per file; jobs). */
export function connectTable(client: DynamoDBDocumentClient, table: string): void {
  current = { client, table };
  for (const target of bound) apply(target, current);
}

/** The document client of this process, for the few calls ElectroDB does not make (transactions). */
export function documentClient(): DynamoDBDocumentClient {
  const c = connection();
  if (!c) throw new Error('The table is not configured (configureTable or connectTable first)');
  return c.client;
}

/** The table's name, for the few requests built by hand (attributes ElectroDB cannot name). */
export function tableName(): string {
  const c = connection();
  if (!c) throw new Error('The table is not configured (configureTable or connectTable first)');
  return c.table;
}
