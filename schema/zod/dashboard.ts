import * as z from 'zod';
import type { QueryAgreementStatusCountsArgs, QueryPartnerQuarterArgs } from '../generated/types.ts';
import { id } from './common.ts';

/** The dashboard's per-program tiles name one program. */
export const dashboardProgramInput = z.object({ programId: id }) satisfies z.ZodType<QueryAgreementStatusCountsArgs>;

/** The partner's "my quarter" tile: a quarter, and optionally a program and (program team) an organization. */
export const partnerQuarterInput = z.object({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/, 'validation.invalid_quarter'),
  programId: id.nullish(),
  organizationId: id.nullish(),
}) satisfies z.ZodType<QueryPartnerQuarterArgs>;
