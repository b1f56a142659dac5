import { fromApiRole, isApiRole, type ApiRole } from '@ruta/schema/roles';
import { ROLE_VALUES } from '@ruta/schema/zod/user';

/** The translation of an API role (ADMIN…): the console's keys use the policy's spelling (admin…). */
export const roleLabel = (role: ApiRole) => `ruta.enums.Role.${fromApiRole(role)}`;

/** The API's roles, as the user forms send and show them. */
export const roleChoices = ROLE_VALUES.map((id) => ({ id, name: roleLabel(id) }));

/** Partners and donors see data only through their organization and programs (schema/zod/user.ts). */
export const isScopedRole = (role: unknown) => {
  const policyRole = isApiRole(role) ? fromApiRole(role) : undefined;
  return policyRole === 'partner' || policyRole === 'donor';
};
