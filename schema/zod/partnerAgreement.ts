import * as z from 'zod';
import { MAX_OBJECTIVE_CODES, MAX_PARTIES } from '../limits.ts';
import type { AgreementKind, AgreementStatus, CreatePartnerAgreementInput, UpdatePartnerAgreementInput } from '../generated/types.ts';
import { currencyCode, id, isoDate, money, objectiveCode, optionalDate, optionalText, text, version, whenValid } from './common.ts';

export const AGREEMENT_KINDS = ['MOU', 'COOPERATIVE_AGREEMENT', 'CONTRACT', 'LETTER_OF_INTENT'] as const satisfies readonly AgreementKind[];
export const AGREEMENT_STATUSES = ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED'] as const satisfies readonly AgreementStatus[];
/** Statuses a user may set; EXPIRED is derived from the end date. */
export const STORED_AGREEMENT_STATUSES = ['DRAFT', 'ACTIVE', 'TERMINATED'] as const;
// The console's texts quote them before zod loads: they live in the zod-free limits.ts.
export { MAX_OBJECTIVE_CODES, MAX_PARTIES };

const status = z
  .enum(AGREEMENT_STATUSES)
  .refine((s) => s !== 'EXPIRED', 'validation.expired_is_derived')
  .transform((s) => s as (typeof STORED_AGREEMENT_STATUSES)[number]);

const partyIds = z
  .array(id)
  .min(2, 'validation.parties_min')
  .max(MAX_PARTIES, 'validation.parties_max')
  .refine((ids) => new Set(ids).size === ids.length, 'validation.parties_distinct');

const objectiveCodes = z
  .array(objectiveCode)
  .max(MAX_OBJECTIVE_CODES)
  .refine((c) => new Set(c).size === c.length, 'validation.codes_distinct');
const value = money.nullish();
const currency = z.preprocess((v) => (v === '' ? null : v), currencyCode.nullish());

interface DatesAndMoney {
  startDate?: string | null;
  endDate?: string | null;
  value?: number | null;
  currency?: string | null;
}

type Ctx = { addIssue: (i: z.core.$ZodRawIssue) => void };

function datesInOrder(a: DatesAndMoney, ctx: Ctx): void {
  if (a.startDate && a.endDate && a.endDate < a.startDate) {
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.end_before_start', input: a.endDate });
  }
}

function valueHasCurrency(a: DatesAndMoney, ctx: Ctx): void {
  if (a.value != null && !a.currency) {
    ctx.addIssue({ code: 'custom', path: ['currency'], message: 'validation.currency_required', input: a.currency });
  }
}

/** Cross-field rules shared by create and (after merging with the stored record) update. */
export function checkAgreementRules(a: DatesAndMoney, ctx: Ctx): void {
  datesInOrder(a, ctx);
  valueHasCurrency(a, ctx);
}

/** Each rule runs once the fields it reads are valid, so every problem shows in one round (whenValid). */
const withAgreementRules = <S extends z.ZodType<DatesAndMoney>>(schema: S) =>
  schema.superRefine(datesInOrder, whenValid('startDate', 'endDate')).superRefine(valueHasCurrency, whenValid('value', 'currency'));

const base = {
  programId: id.nullish(),
  kind: z.enum(AGREEMENT_KINDS),
  title: text(300),
  partyIds,
  signedOn: optionalDate,
  startDate: isoDate,
  endDate: optionalDate,
  status,
  value,
  currency,
  purpose: optionalText(4000, { multiline: true }),
  objectiveCodes: objectiveCodes.nullish().transform((c) => c ?? []),
};

export const createPartnerAgreementInput = withAgreementRules(
  z.object({ id: id.nullish(), ...base }),
) satisfies z.ZodType<CreatePartnerAgreementInput>;

export const updatePartnerAgreementInput = withAgreementRules(
  z.object({
    id,
    version,
    programId: id.nullish(),
    kind: base.kind.optional(),
    title: base.title.optional(),
    partyIds: partyIds.optional(),
    signedOn: optionalDate,
    startDate: isoDate.optional(),
    endDate: optionalDate,
    status: status.optional(),
    value,
    currency,
    purpose: base.purpose,
    objectiveCodes: objectiveCodes.optional(),
  }),
) satisfies z.ZodType<UpdatePartnerAgreementInput>;

export type CreatePartnerAgreement = z.output<typeof createPartnerAgreementInput>;
export type UpdatePartnerAgreement = z.output<typeof updatePartnerAgreementInput>;
