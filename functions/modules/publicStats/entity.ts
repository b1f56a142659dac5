import { randomUUID } from 'node:crypto';
import { QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, tableName } from '#platform/store';
import { step, type Step } from '#platform/transact';
import {
  CELL_PREFIX,
  coversStatistics,
  footprintChanges,
  statFootprint,
  type StatCase,
  type StatConsent,
  type StatFootprint,
} from '#modules/publicStats/cells';

/**
 * The public statistics' aggregate: ONE partition, one item per year of identification (sk
 * `year#YYYY`), each holding one number attribute per non-empty cell of the full cross-tab (cell keys
 * from cells.ts: sex × age band × nationality × province × exploitation type, `*` for the case-level
 * cell). Every table of any year range is then one Query of the partition (all its pages; one page
 * while the partition is under 1 MB — about 20,000 non-empty cells over all years), whatever the
 * number of cases: the cells saturate (sexes × bands × countries × provinces × types), cases do not
 * add items.
 *
 * Built by hand, not with ElectroDB: the cells are attributes named by data (`c:FEMALE|AGE_18_24|…`),
 * which an entity cannot declare; `ADD` on a top-level attribute creates the item and the attribute
 * on first use, so a write never reads first.
 */
export const PUBLIC_STAT_PK = '$ruta$publicstat';
export const yearKey = (year: string | number) => ({ pk: PUBLIC_STAT_PK, sk: `year#${year}` });

/**
 * Every write of a year item sets `rev` to a new random token, so a reader that kept the item can
 * ask the Query to leave it out while it is unchanged (partitionCache.ts). A token, not a counter: a
 * recount's Put replaces the item whole and must not land on a number a reader already holds.
 */
export const REV = 'rev';
export const newRev = (): string => randomUUID();

/** The aggregate writes of a counted case's change (before → after), for the case's own transaction. */
export function publicStatFootprintSteps(before: StatFootprint | null, after: StatFootprint | null): Step[] {
  return footprintChanges(before, after).map((change) => {
    const entries = Object.entries(change.add);
    return step({
      Update: {
        TableName: tableName(),
        Key: yearKey(change.year),
        UpdateExpression: `SET #rev = :rev ADD ${entries.map((_, i) => `#c${i} :c${i}`).join(', ')}`,
        ExpressionAttributeNames: { '#rev': REV, ...Object.fromEntries(entries.map(([k], i) => [`#c${i}`, k])) },
        ExpressionAttributeValues: { ':rev': newRev(), ...Object.fromEntries(entries.map(([, v], i) => [`:c${i}`, v])) },
      },
    });
  });
}

/** The sk of a program's k in the statistics partition (`k#<programId>`, one number attribute `k`). */
const K_PREFIX = 'k#';

/**
 * A program's k as an item of the statistics partition, written in the same transaction as the
 * program's own k: the public table reads the largest of them in the same Query as the cells.
 */
export function programStatisticsKStep(programId: string, k: number): Step {
  return step({
    Put: { TableName: tableName(), Item: { pk: PUBLIC_STAT_PK, sk: `${K_PREFIX}${programId}`, k } },
  });
}

/**
 * Stores DEFAULT_CELL_SIZE as the k item of each of these programs that has none (programs stored
 * before programs carried a k): idempotent (`if_not_exists`), so it may run outside any transaction.
 * Run before a program's k is lowered, so the public tables' largest k still counts every program.
 */
export async function backfillProgramKs(programIds: readonly string[], defaultK: number): Promise<number> {
  const stored = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :k)',
        ExpressionAttributeValues: { ':pk': PUBLIC_STAT_PK, ':k': K_PREFIX },
        ProjectionExpression: 'sk',
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) stored.add(String(item.sk).slice(K_PREFIX.length));
    start = out.LastEvaluatedKey;
  } while (start);
  const missing = programIds.filter((id) => !stored.has(id));
  for (const id of missing) {
    await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: { pk: PUBLIC_STAT_PK, sk: `${K_PREFIX}${id}` },
        UpdateExpression: 'SET k = if_not_exists(k, :k)',
        ExpressionAttributeValues: { ':k': defaultK },
      }),
    );
  }
  return missing.length;
}

/** The whole statistics partition: each year's non-zero cells and each program's k. */
export interface PublicStatPartition {
  years: Map<number, Map<string, number>>;
  /** Program id → its k, for the programs created or set since programs carry one. */
  programKs: Map<string, number>;
}

/** A year item as read: its non-zero cells (possibly none) and its rev token (none if written without). */
export interface StatYearItem {
  year: number;
  rev?: string;
  cells: Map<string, number>;
}

/** What one Query of the partition returned: the year items it did not leave out, and every k item. */
export interface StatItems {
  years: StatYearItem[];
  programKs: Map<string, number>;
}

/** At most this many tokens in one filter (DynamoDB's limit for the operands of IN). */
export const MAX_KNOWN_REVS = 100;

/**
 * The statistics partition in one Query (more pages only past 1 MB). Year items whose rev is one of
 * `knownRevs` (unchanged since the caller read them) are left out of the answer by a filter; k items
 * carry no rev and always come back. The filter saves the bytes, not the read capacity.
 */
export async function queryStatItems(knownRevs: readonly string[] = []): Promise<StatItems> {
  const revs = knownRevs.slice(0, MAX_KNOWN_REVS);
  const years: StatYearItem[] = [];
  const programKs = new Map<string, number>();
  let start: Record<string, unknown> | undefined;
  do {
    const out = await documentClient().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ...(revs.length
          ? {
              FilterExpression: `NOT (#rev IN (${revs.map((_, i) => `:r${i}`).join(', ')}))`,
              ExpressionAttributeNames: { '#rev': REV },
            }
          : {}),
        ExpressionAttributeValues: { ':pk': PUBLIC_STAT_PK, ...Object.fromEntries(revs.map((r, i) => [`:r${i}`, r])) },
        ExclusiveStartKey: start,
      }),
    );
    for (const item of out.Items ?? []) {
      const sk = String(item.sk);
      if (sk.startsWith(K_PREFIX)) {
        if (typeof item.k === 'number') programKs.set(sk.slice(K_PREFIX.length), item.k);
        continue;
      }
      if (!sk.startsWith('year#')) continue;
      const year = Number(sk.slice('year#'.length));
      if (!Number.isInteger(year)) continue;
      const cells = new Map<string, number>();
      for (const [k, v] of Object.entries(item)) if (k.startsWith(CELL_PREFIX) && typeof v === 'number' && v > 0) cells.set(k, v);
      years.push({ year, rev: typeof item[REV] === 'string' ? item[REV] : undefined, cells });
    }
    start = out.LastEvaluatedKey;
  } while (start);
  return { years, programKs };
}

/** The whole statistics partition as stored now, in one Query (the recount's and the tests' view). */
export async function readPublicStatPartition(): Promise<PublicStatPartition> {
  const { years, programKs } = await queryStatItems();
  return { years: new Map(years.filter((y) => y.cells.size).map((y) => [y.year, y.cells])), programKs };
}

/** Every year item's non-zero cells (the recount's view of the partition). */
export async function readPublicStatYears(): Promise<Map<number, Map<string, number>>> {
  return (await readPublicStatPartition()).years;
}

/**
 * What a case's change does to the public statistics (before → after: the case and its consents, or
 * null for none), for the case's own transaction — the case module's writes (identification date,
 * sex, age, nationality, province, exploitation types) and the route's (a STATISTICS consent given
 * or withdrawn) add these steps; nothing when the footprint does not move.
 */
export function publicStatSteps(before: CountedCase | null | undefined, after: CountedCase | null | undefined): Step[] {
  const footprint = (c: CountedCase | null | undefined) => (c ? statFootprint(c.case, coversStatistics(c.consents)) : null);
  return publicStatFootprintSteps(footprint(before), footprint(after));
}

/** A case as the statistics count it: its fields and its consents. */
export interface CountedCase {
  case: StatCase;
  consents: readonly StatConsent[];
}
