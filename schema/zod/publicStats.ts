import * as z from 'zod';
import type { QueryPublicStatisticsArgs, StatDimension } from '../generated/types.ts';

export const STAT_DIMENSIONS = [
  'YEAR',
  'SEX',
  'AGE_BAND',
  'NATIONALITY',
  'EXPLOITATION',
  'PROVINCE',
] as const satisfies readonly StatDimension[];

/** The smallest k a program may set: a published count is never under 5. */
export const MIN_CELL_SIZE = 5;

const year = z.number().int('validation.whole_number').min(1900, 'validation.invalid').max(9999, 'validation.invalid');

/**
 * A public table: one or two different dimensions and, optionally, a range of years (checked against
 * the years with data by the service: `validation.year_outside_data`).
 */
export const publicStatisticsInput = z
  .object({
    dimensions: z.array(z.enum(STAT_DIMENSIONS)).min(1, 'validation.dimensions_count').max(2, 'validation.dimensions_count'),
    yearFrom: year.nullish(),
    yearTo: year.nullish(),
  })
  .superRefine((v, ctx) => {
    if (v.dimensions.length === 2 && v.dimensions[0] === v.dimensions[1]) {
      ctx.addIssue({ code: 'custom', path: ['dimensions', 1], message: 'validation.dimensions_distinct' });
    }
    if (v.yearFrom != null && v.yearTo != null && v.yearTo < v.yearFrom) {
      ctx.addIssue({ code: 'custom', path: ['yearTo'], message: 'validation.to_before_from' });
    }
  }) satisfies z.ZodType<QueryPublicStatisticsArgs>;
