import * as z from 'zod';
import type {
  CreateCaseServiceInput,
  RecordConsentInput,
  RecordRouteEventInput,
  ReferCaseInput,
  RouteTimeLimitsInput,
  UpdateCaseServiceInput,
} from '../generated/types.ts';
import { anyId, id, isoDate, optionalDate, optionalText, text, version, whenValid } from './common.ts';
import { CLOSURE_REASONS } from './case.ts';
import {
  CONSENT_GIVERS,
  CONSENT_PURPOSES,
  FOLLOW_UP_OUTCOMES,
  PROTECTION_MEASURE_TYPES,
  REINTEGRATION_PLAN_TYPES,
  REPORT_CHANNELS,
  ROUTE_STEPS,
  SCREENING_RESULTS,
  SERVICE_KINDS,
  STAGE_LIMIT_MAX_DAYS,
  type RouteStep,
} from '../route.ts';

export * from '../route.ts';

export const MAX_GOALS = 10;
export const MAX_NOTES = 2000;
export const MAX_REASON = 1000;

/** The form fields each step requires; any other form field is refused for that step (`validation.not_for_step`). */
export const STEP_FORM_FIELDS: Readonly<Record<RouteStep, readonly FormField[]>> = {
  REPORT: ['channel'],
  SCREENING: ['screeningResult'],
  PROTECTION_MEASURE: ['measureType'],
  ASSISTANCE_PLAN: ['goals'],
  REINTEGRATION_PLAN: ['planType'],
  FOLLOW_UP_VISIT: ['outcome'],
  CLOSURE: ['closureReason'],
  COMPLAINT: ['fileNumber'],
  INVESTIGATION: ['fileNumber'],
  TRIAL: ['fileNumber'],
  SENTENCE: ['fileNumber'],
};
/** Form fields a step may leave empty. */
const OPTIONAL_FIELDS: ReadonlySet<FormField> = new Set(['fileNumber']);

export const routeForm = z.object({
  channel: z.enum(REPORT_CHANNELS).nullish(),
  screeningResult: z.enum(SCREENING_RESULTS).nullish(),
  measureType: z.enum(PROTECTION_MEASURE_TYPES).nullish(),
  goals: z.array(text(300)).max(MAX_GOALS).nullish(),
  planType: z.enum(REINTEGRATION_PLAN_TYPES).nullish(),
  outcome: z.enum(FOLLOW_UP_OUTCOMES).nullish(),
  closureReason: z.enum(CLOSURE_REASONS).nullish(),
  fileNumber: optionalText(60),
});
export type FormField = keyof z.output<typeof routeForm>;
export type RouteFormValue = z.output<typeof routeForm>;

/** Keeps only the step's fields (the others must be empty) and requires the step's required ones. */
function checkForm(step: RouteStep, form: RouteFormValue, ctx: { addIssue: (i: z.core.$ZodRawIssue) => void }) {
  const own = STEP_FORM_FIELDS[step];
  for (const [field, value] of Object.entries(form) as [FormField, unknown][]) {
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    if (!own.includes(field) && !empty)
      ctx.addIssue({ code: 'custom', path: ['form', field], message: 'validation.not_for_step', input: value });
  }
  for (const field of own) {
    const value = form[field];
    const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
    if (empty && !OPTIONAL_FIELDS.has(field))
      ctx.addIssue({ code: 'custom', path: ['form', field], message: 'validation.required', input: value });
  }
}

/** The form as stored: only the step's own, non-empty fields. */
export function formOf(step: RouteStep, form: RouteFormValue | null | undefined): RouteFormValue {
  const out: Record<string, unknown> = {};
  for (const field of STEP_FORM_FIELDS[step]) {
    const value = form?.[field];
    if (value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0)) out[field] = value;
  }
  return out as RouteFormValue;
}

/**
 * A step on a case's route. The form is checked for its step here; whether the step is allowed now, by
 * this organization, and on this date (not before the case was reported, not before the current stage
 * began) needs the case and is the service's (`schema/route.ts`). `today` bounds the date.
 */
export const recordRouteEventInputFor = (today: string) =>
  z
    .object({
      id: id.nullish(),
      caseId: id,
      step: z.enum(ROUTE_STEPS),
      date: isoDate,
      organizationId: id.nullish(),
      form: routeForm.nullish().transform((f) => f ?? {}),
      notes: optionalText(MAX_NOTES, { multiline: true }),
    })
    .superRefine((e, ctx) => checkForm(e.step, e.form, ctx), whenValid('step', 'form'))
    .superRefine((e, ctx) => {
      if (e.date > today) ctx.addIssue({ code: 'custom', path: ['date'], message: 'validation.date_in_future', input: e.date });
    }, whenValid('date')) satisfies z.ZodType<RecordRouteEventInput>;
export type RecordRouteEventValue = z.output<ReturnType<typeof recordRouteEventInputFor>>;

const notFuture = (today: string, field: string) => (v: Record<string, unknown>, ctx: { addIssue: (i: z.core.$ZodRawIssue) => void }) => {
  const d = v[field];
  if (typeof d === 'string' && d > today) ctx.addIssue({ code: 'custom', path: [field], message: 'validation.date_in_future', input: d });
};

const endAfterStart = (v: { startDate?: string | null; endDate?: string | null }, ctx: { addIssue: (i: z.core.$ZodRawIssue) => void }) => {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'validation.end_before_start', input: v.endDate });
};

export const createCaseServiceInputFor = (today: string) =>
  z
    .object({
      id: id.nullish(),
      caseId: id,
      kind: z.enum(SERVICE_KINDS),
      providerOrganizationId: id,
      startDate: isoDate,
      endDate: optionalDate,
    })
    .superRefine(notFuture(today, 'startDate'), whenValid('startDate'))
    .superRefine(endAfterStart, whenValid('startDate', 'endDate')) satisfies z.ZodType<CreateCaseServiceInput>;

export const updateCaseServiceInputFor = (today: string) =>
  z
    .object({
      id: anyId,
      version,
      kind: z.enum(SERVICE_KINDS).optional(),
      providerOrganizationId: id.optional(),
      startDate: isoDate.optional(),
      endDate: optionalDate,
    })
    .superRefine(notFuture(today, 'startDate'), whenValid('startDate'))
    .superRefine(endAfterStart, whenValid('startDate', 'endDate')) satisfies z.ZodType<UpdateCaseServiceInput>;

export const recordConsentInputFor = (today: string) =>
  z
    .object({
      id: id.nullish(),
      caseId: id,
      purpose: z.enum(CONSENT_PURPOSES),
      organizationId: id.nullish(),
      date: isoDate,
      givenBy: z.enum(CONSENT_GIVERS),
    })
    .superRefine(notFuture(today, 'date'), whenValid('date'))
    .superRefine(
      (c, ctx) => {
        if (c.purpose === 'REFERRAL' && !c.organizationId)
          ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'validation.required', input: c.organizationId });
        if (c.purpose !== 'REFERRAL' && c.organizationId)
          ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'validation.not_for_purpose', input: c.organizationId });
      },
      whenValid('purpose', 'organizationId'),
    ) satisfies z.ZodType<RecordConsentInput>;

export const referCaseInput = z.object({
  id: id.nullish(),
  caseId: id,
  toOrganizationId: id,
  reason: text(MAX_REASON, { multiline: true }),
  override: z.object({ reason: text(MAX_REASON, { multiline: true }) }).nullish(),
}) satisfies z.ZodType<ReferCaseInput>;

export const dateOnInput = (today: string) =>
  z.object({ id: anyId, version, date: isoDate }).superRefine(notFuture(today, 'date'), whenValid('date'));

const days = z.number().int('validation.whole_number').min(1, 'validation.positive').max(STAGE_LIMIT_MAX_DAYS, 'validation.too_large');
export const routeTimeLimitsInput = z.object({
  reported: days,
  identified: days,
  protection: days,
  assistance: days,
  reintegration: days,
  followUp: days,
}) satisfies z.ZodType<RouteTimeLimitsInput>;
