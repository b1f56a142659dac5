import * as z from 'zod';
import type { CreateProgramInput, UpdateProgramInput } from '../generated/types.ts';
import { countryCode, currencyCode, id, isoDate, money, optionalDate, optionalText, text, version, whenValid } from './common.ts';
const rateBps = z.number().int().min(0, 'validation.rate_range').max(10_000, 'validation.rate_range');

export const programModification = z.object({
  number: z.number().int().positive('validation.positive'),
  date: optionalDate,
  description: text(1000, { multiline: true }),
  newEndDate: optionalDate,
  newDeclaredTotal: money.nullish(),
});

const modifications = z
  .array(programModification)
  .max(50)
  .refine((m) => m.every((x, i) => i === 0 || x.number > m[i - 1]!.number), 'validation.invalid');

interface Dates {
  startDate?: string | null;
  originalEndDate?: string | null;
}
function datesInOrder(p: Dates, ctx: { addIssue: (i: z.core.$ZodRawIssue) => void }) {
  if (p.startDate && p.originalEndDate && p.originalEndDate < p.startDate) {
    ctx.addIssue({ code: 'custom', path: ['originalEndDate'], message: 'validation.end_before_start', input: p.originalEndDate });
  }
}

export const createProgramInput = z
  .object({
    id: id.nullish(),
    name: text(300),
    country: countryCode,
    donorIds: z.array(id).min(1, 'validation.donors_min').max(10),
    implementerId: id,
    agreementReference: optionalText(200),
    startDate: isoDate,
    originalEndDate: isoDate,
    currency: currencyCode,
    adminFeeRateBps: rateBps,
    originalDeclaredTotal: money,
    modifications: modifications.nullish().transform((m) => m ?? []),
  })
  .superRefine(datesInOrder, whenValid('startDate', 'originalEndDate')) satisfies z.ZodType<CreateProgramInput>;

export const updateProgramInput = z
  .object({
    id,
    version,
    name: text(300).optional(),
    agreementReference: optionalText(200),
    donorIds: z.array(id).min(1, 'validation.donors_min').max(10).optional(),
    startDate: isoDate.optional(),
    originalEndDate: isoDate.optional(),
    adminFeeRateBps: rateBps.optional(),
    originalDeclaredTotal: money.optional(),
    modifications: modifications.optional(),
  })
  .superRefine(datesInOrder, whenValid('startDate', 'originalEndDate')) satisfies z.ZodType<UpdateProgramInput>;

export { effectiveTerms } from '../programTerms.ts';
