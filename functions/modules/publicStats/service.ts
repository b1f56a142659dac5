import type { QueryPublicStatisticsArgs } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/problems';
import { MIN_CELL_SIZE, publicStatisticsInput } from '@ruta/schema/zod/publicStats';
import type { RequestContext } from '#platform/context';
import { badInput, parseInput } from '#platform/errors';
import { readPublicStatYears } from '#modules/publicStats/entity';
import { buildTable, parseYear, type PublishedTable } from '#modules/publicStats/table';

/** The smallest count published when no program asks for more (docs/decisions.md, "Public statistics"). */
export const DEFAULT_K = MIN_CELL_SIZE;

/**
 * A public table (no sign-in): one Query of the statistics partition, whatever the number of cases,
 * then the table built and protected in memory. Years outside the data are refused: a range reaching
 * past the data would only repeat the same numbers under another name.
 */
export async function publicStatistics(ctx: RequestContext, raw: QueryPublicStatisticsArgs): Promise<PublishedTable> {
  const input = parseInput(publicStatisticsInput, raw, []);
  const stored = await readPublicStatYears();
  const years = new Map([...stored].map(([y, cells]) => [y, parseYear(cells)]));
  const available = [...years.keys()].sort((a, b) => a - b);
  const min = available[0] ?? ctx.now.getUTCFullYear();
  const max = available.at(-1) ?? min;
  const outside = (['yearFrom', 'yearTo'] as const).filter((f) => input[f] != null && (input[f]! < min || input[f]! > max));
  if (outside.length) throw badInput(outside.map((f) => problem(f, 'validation.year_outside_data', { min, max })));
  return buildTable(years, input.dimensions, input.yearFrom ?? min, input.yearTo ?? max, DEFAULT_K);
}
