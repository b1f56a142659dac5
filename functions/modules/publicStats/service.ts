import type { QueryPublicStatisticsArgs } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/problems';
import { DEFAULT_CELL_SIZE, MIN_CELL_SIZE, publicStatisticsInput } from '@ruta/schema/zod/publicStats';
import type { RequestContext } from '#platform/context';
import { badInput, parseInput } from '#platform/errors';
import { readPublicStatPartitionReusing } from '#modules/publicStats/partitionCache';
import { buildTable, parseYear, type PublishedTable, type YearCells } from '#modules/publicStats/table';

/**
 * The k of the public tables: the strictest program's. Every program's cases are counted in the same
 * cells, so a cell must meet the largest k any program asks for; DEFAULT_CELL_SIZE (11) when no
 * program has one stored, and never under the floor (docs/decisions.md, "Public statistics").
 */
export function publicK(programKs: Iterable<number>): number {
  const ks = [...programKs];
  return ks.length ? Math.max(MIN_CELL_SIZE, ...ks) : DEFAULT_CELL_SIZE;
}

// A year's cells are the same Map while its item is unchanged (partitionCache.ts): parsed once.
const parsedYears = new WeakMap<Map<string, number>, YearCells>();
function parsedYear(cells: Map<string, number>): YearCells {
  const known = parsedYears.get(cells);
  if (known) return known;
  const parsed = parseYear(cells);
  parsedYears.set(cells, parsed);
  return parsed;
}

/**
 * A public table (no sign-in): one Query of the statistics partition (its year items — only those
 * written since this process last read them — and the programs' k items), whatever the number of
 * cases, then the table built and protected in memory.
 * Years outside the data are refused: a range reaching past the data would only repeat the same
 * numbers under another name.
 */
export async function publicStatistics(ctx: RequestContext, raw: QueryPublicStatisticsArgs): Promise<PublishedTable> {
  const input = parseInput(publicStatisticsInput, raw, []);
  const { years: stored, programKs } = await readPublicStatPartitionReusing();
  const k = publicK(programKs.values());
  const years = new Map([...stored].map(([y, cells]) => [y, parsedYear(cells)]));
  const available = [...years.keys()].sort((a, b) => a - b);
  const min = available[0] ?? ctx.now.getUTCFullYear();
  const max = available.at(-1) ?? min;
  const outside = (['yearFrom', 'yearTo'] as const).filter((f) => input[f] != null && (input[f]! < min || input[f]! > max));
  if (outside.length) throw badInput(outside.map((f) => problem(f, 'validation.year_outside_data', { min, max })));
  return buildTable(years, input.dimensions, input.yearFrom ?? min, input.yearTo ?? max, k);
}
