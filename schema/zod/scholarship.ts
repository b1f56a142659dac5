import * as z from 'zod';
import type {
  CreateScholarshipInput,
  EducationLevel,
  ScholarshipGroup,
  ScholarshipImportRow,
  ScholarshipStatus,
  UpdateScholarshipInput,
} from '../generated/types.ts';
import { MAX_IMPORT_ROWS, MONEY_MAX } from '../limits.ts';
import { currencyCode, id, isoDate, objectiveCode, optionalDate, optionalText, text, version, whenValid } from './common.ts';
import { placeSchema } from './place.ts';

export const SCHOLARSHIP_GROUPS = ['VICTIM_OF_TRAFFICKING', 'AT_RISK_YOUTH', 'OTHER'] as const satisfies readonly ScholarshipGroup[];
export const EDUCATION_LEVELS = ['PRIMARY', 'SECONDARY', 'VOCATIONAL', 'UNIVERSITY'] as const satisfies readonly EducationLevel[];
export const SCHOLARSHIP_STATUSES = ['AWARDED', 'ACTIVE', 'COMPLETED', 'WITHDRAWN'] as const satisfies readonly ScholarshipStatus[];
export { MAX_IMPORT_ROWS };

/**
 * A pseudonymous beneficiary code: groups of letters and digits joined by dashes, with at least one
 * digit (PRN-UIO-0001). No spaces and a digit required, so a name ("María Pérez", "MARIA-PEREZ") is
 * refused: this record never holds who the beneficiary is.
 */
export const BENEFICIARY_CODE_PATTERN = /^(?=.*\d)[A-Z0-9]+(-[A-Z0-9]+)*$/;
export const beneficiaryCode = z
  .string()
  .trim()
  .toUpperCase()
  .min(1, 'validation.required')
  .max(40)
  .regex(BENEFICIARY_CODE_PATTERN, 'validation.beneficiary_code');

/** Whole minor units (cents): 12.5 cents is a typed error, not rounded. */
export const scholarshipAmount = z
  .number()
  .int('validation.whole_minor_units')
  .nonnegative('validation.not_negative')
  .max(MONEY_MAX, { message: 'validation.too_large' });

interface StatusFields {
  awardedOn?: string | null;
  status?: string | null;
  statusDate?: string | null;
  withdrawalReason?: string | null;
}
type Ctx = { addIssue: (i: z.core.$ZodRawIssue) => void };

function reasonWhenWithdrawn(s: StatusFields, ctx: Ctx): void {
  if (s.status === 'WITHDRAWN' && !s.withdrawalReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['withdrawalReason'],
      message: 'validation.withdrawal_reason_required',
      input: s.withdrawalReason,
    });
  }
}

function statusAfterAward(s: StatusFields, ctx: Ctx): void {
  if (s.awardedOn && s.statusDate && s.statusDate < s.awardedOn) {
    ctx.addIssue({ code: 'custom', path: ['statusDate'], message: 'validation.end_before_start', input: s.statusDate });
  }
}

/** Cross-field rules, shared by create, import and (on the merged record) update. */
export function checkScholarshipRules(s: StatusFields, ctx: Ctx): void {
  reasonWhenWithdrawn(s, ctx);
  statusAfterAward(s, ctx);
}

const withRules = <S extends z.ZodType<StatusFields>>(schema: S) =>
  schema
    .superRefine(reasonWhenWithdrawn, whenValid('status', 'withdrawalReason'))
    .superRefine(statusAfterAward, whenValid('awardedOn', 'statusDate'));

/** Scholarships are in Ecuador: a province and one of its cantons, both required. */
const scholarshipPlace = placeSchema.superRefine(
  (p, ctx) => {
    for (const field of ['provinceCode', 'cantonCode'] as const)
      if (!p[field]) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.required', input: p[field] });
  },
  whenValid('provinceCode', 'cantonCode'),
);

const base = {
  programId: id,
  objectiveCode,
  sponsorId: id,
  implementerId: id,
  beneficiaryCode,
  group: z.enum(SCHOLARSHIP_GROUPS),
  place: scholarshipPlace,
  educationLevel: z.enum(EDUCATION_LEVELS),
  period: text(40),
  awardedOn: isoDate,
  amount: scholarshipAmount,
  currency: currencyCode,
  status: z.enum(SCHOLARSHIP_STATUSES),
  statusDate: optionalDate,
  withdrawalReason: optionalText(500),
};

export const createScholarshipInput = withRules(z.object(base)) satisfies z.ZodType<CreateScholarshipInput>;

/** One row of an import file: the create input and the row number it had in the file. */
export const scholarshipImportRow = withRules(
  z.object({ row: z.number().int().positive(), ...base }),
) satisfies z.ZodType<ScholarshipImportRow>;

export const updateScholarshipInput = withRules(
  z.object({
    id,
    version,
    objectiveCode: objectiveCode.optional(),
    sponsorId: id.optional(),
    implementerId: id.optional(),
    group: base.group.optional(),
    place: scholarshipPlace.optional(),
    educationLevel: base.educationLevel.optional(),
    awardedOn: isoDate.optional(),
    amount: scholarshipAmount.optional(),
    currency: currencyCode.optional(),
    status: base.status.optional(),
    statusDate: optionalDate,
    withdrawalReason: optionalText(500),
  }),
) satisfies z.ZodType<UpdateScholarshipInput>;

export type CreateScholarship = z.output<typeof createScholarshipInput>;
export type ScholarshipRow = z.output<typeof scholarshipImportRow>;
