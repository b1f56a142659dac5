import { scopeOf, type Role } from '@ruta/schema/policy';
import { usePermissions } from 'react-admin';

/** The signed-in role (authProvider.getPermissions), undefined while loading. */
export function useRole(): Role | undefined {
  const { permissions } = usePermissions<Role>();
  return permissions;
}

/**
 * Whether the role may read a field at all (schema/policy.ts): columns of personal data are left
 * out for roles that would only ever get null (donors), instead of showing empty cells.
 */
export function useCanRead(type: string, field: string): boolean {
  const role = useRole();
  return role !== undefined && scopeOf(role, type, field) !== undefined;
}
