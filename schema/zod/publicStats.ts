import * as z from 'zod';
import type { MutationSetProgramStatisticsKArgs, QueryPublicStatisticsArgs, StatDimension } from '../generated/types.ts';
import { DEFAULT_CELL_SIZE, MAX_CELL_SIZE, MIN_CELL_SIZE } from '../limits.ts';
import { id } from './common.ts';

export const STAT_DIMENSIONS = [
  'YEAR',
  'SEX',
  'AGE_BAND',
  'NATIONALITY',
  'EXPLOITATION',
  'PROVINCE',
] as const satisfies readonly StatDimension[];

export { DEFAULT_CELL_SIZE, MAX_CELL_SIZE, MIN_CELL_SIZE };

/** A program's k (admin): a whole number from MIN_CELL_SIZE to MAX_CELL_SIZE. */
export const setProgramStatisticsKInput = z.object({
  programId: id,
  k: z
    .number()
    .int('validation.whole_number')
    .max(MAX_CELL_SIZE, 'validation.too_large')
    .superRefine((k, ctx) => {
      if (k < MIN_CELL_SIZE) ctx.addIssue({ code: 'custom', message: 'validation.min_cell_size', params: { min: MIN_CELL_SIZE } });
    }),
}) satisfies z.ZodType<MutationSetProgramStatisticsKArgs>;

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
