import * as z from 'zod';
import type { CreateUserInput, UpdateUserInput, Role } from '../generated/types.ts';
import { id, text, whenValid } from './common.ts';

export const ROLE_VALUES = ['ADMIN', 'STAFF', 'CASEWORKER', 'PARTNER', 'DONOR'] as const satisfies readonly Role[];
const username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9._-]{3,40}$/, 'validation.username');
const email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.email('validation.invalid_email').max(254).nullish(),
);

interface Scoped {
  role?: Role | null;
  organizationId?: string | null;
  programIds?: string[] | null;
}
/** Partners and donors see data through their organization and programs: both are required. */
export function checkScopedRole(u: Scoped, ctx: { addIssue: (i: z.core.$ZodRawIssue) => void }) {
  if (u.role !== 'PARTNER' && u.role !== 'DONOR') return;
  if (!u.organizationId)
    ctx.addIssue({ code: 'custom', path: ['organizationId'], message: 'validation.required', input: u.organizationId });
  if (!u.programIds?.length) ctx.addIssue({ code: 'custom', path: ['programIds'], message: 'validation.required', input: u.programIds });
}

/** checkScopedRole runs once these are valid, whatever else fails (see whenValid). */
export const scopedRoleFields = whenValid('role', 'organizationId', 'programIds');

export const createUserInput = z
  .object({
    username,
    displayName: text(120),
    email,
    role: z.enum(ROLE_VALUES),
    organizationId: id.nullish(),
    programIds: z.array(id).max(20).nullish(),
  })
  .superRefine(checkScopedRole, scopedRoleFields) satisfies z.ZodType<CreateUserInput>;

export const updateUserInput = z.object({
  username,
  displayName: text(120).optional(),
  email,
  role: z.enum(ROLE_VALUES).optional(),
  organizationId: id.nullish(),
  programIds: z.array(id).max(20).nullish(),
}) satisfies z.ZodType<UpdateUserInput>;

export const usernameInput = username;

/** The Cognito pool's policy (infra/lib/data-stack.ts), so a password chosen locally would pass there too. */
export const newPasswordInput = z
  .string()
  .min(12, 'validation.password_policy')
  .max(256, 'validation.password_policy')
  .refine((p) => /[a-z]/.test(p) && /[A-Z]/.test(p) && /\d/.test(p) && /[^A-Za-z0-9]/.test(p), 'validation.password_policy');
