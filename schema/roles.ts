import type { Role as ApiRole } from './generated/types.ts';
import type { Role } from './policy.ts';

export type { ApiRole };

/**
 * The one place the two spellings of a role meet: the SDL's `Role` enum (`ADMIN`, what the API
 * sends and takes) and the policy's roles (`admin`, the Cognito group names and the keys of the
 * policy table and of the console's translations). Typed both ways, so a role added on one side
 * only fails to compile until it is added here.
 */
const API_ROLE: Readonly<Record<Role, ApiRole>> = {
  admin: 'ADMIN',
  staff: 'STAFF',
  caseworker: 'CASEWORKER',
  partner: 'PARTNER',
  donor: 'DONOR',
};

const POLICY_ROLE = Object.fromEntries(Object.entries(API_ROLE).map(([role, api]) => [api, role])) as Readonly<Record<ApiRole, Role>>;

export function toApiRole(role: Role): ApiRole {
  return API_ROLE[role];
}

export function fromApiRole(role: ApiRole): Role {
  return POLICY_ROLE[role];
}

/** Whether a value is an API role (e.g. a form's select before it is parsed). */
export function isApiRole(value: unknown): value is ApiRole {
  return typeof value === 'string' && Object.hasOwn(POLICY_ROLE, value);
}
