import * as z from 'zod';
import type { QueryAgreementStatusCountsArgs } from '../generated/types.ts';
import { id } from './common.ts';

/** The dashboard's per-program tiles name one program. */
export const dashboardProgramInput = z.object({ programId: id }) satisfies z.ZodType<QueryAgreementStatusCountsArgs>;
