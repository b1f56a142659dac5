import { ROLE_VALUES } from '@ruta/schema/zod/user';

/** The API's roles (ADMIN…) labelled by the lower-case keys the rest of the console uses. */
export const roleChoices = ROLE_VALUES.map((id) => ({ id, name: `ruta.enums.Role.${id.toLowerCase()}` }));

/** Partners and donors see data only through their organization and programs (schema/zod/user.ts). */
export const isScopedRole = (role: unknown) => role === 'PARTNER' || role === 'DONOR';
