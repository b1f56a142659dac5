import { tableName } from '#platform/store';
import { type PublicStatPartition, queryStatItems, type StatYearItem } from '#modules/publicStats/entity';

/**
 * The statistics partition as this process last read it, per table. The public table's one Query
 * then names the rev tokens of the year items it holds and DynamoDB leaves those out of the answer:
 * a warm function gets back only the years written since (a case, a consent, a recount) and the
 * small k items, so the bytes it receives and parses do not grow with the cases. Still one request,
 * and never a count older than that request's own read.
 *
 * Read in full again after FULL_READ_MS: a year item deleted, or written without a rev by hand,
 * is noticed within that (the edge keeps a table 300 s anyway).
 */
export const FULL_READ_MS = 60_000;

interface Held {
  readAt: number;
  years: Map<number, StatYearItem>;
}

const held = new Map<string, Held>();

/** The partition, reusing the year items this process holds while their rev is unchanged. */
export async function readPublicStatPartitionReusing(now = Date.now()): Promise<PublicStatPartition & { fetchedYears: number }> {
  const table = tableName();
  const fresh = held.get(table);
  const mine = fresh && now - fresh.readAt < FULL_READ_MS ? fresh : { readAt: now, years: new Map<number, StatYearItem>() };
  const known = [...mine.years.values()].flatMap((y) => (y.rev ? [y.rev] : []));
  const { years: fetched, programKs } = await queryStatItems(known);
  for (const item of fetched) mine.years.set(item.year, item);
  held.set(table, mine);
  const years = new Map<number, Map<string, number>>();
  for (const [year, item] of mine.years) if (item.cells.size) years.set(year, item.cells);
  return { years, programKs, fetchedYears: fetched.length };
}
