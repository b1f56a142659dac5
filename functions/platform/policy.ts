import { defaultFieldResolver, GraphQLNonNull, isObjectType, type GraphQLSchema } from 'graphql';
import { ANONYMOUS, policy, ROLES, type Rule } from '@ruta/schema/policy';
import { reachOf, reaches, type OwnerOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { forbidden, unauthenticated } from '#platform/errors';

const rules = policy as Record<string, Record<string, Rule>>;
const ROOTS = new Set(['Query', 'Mutation']);

/**
 * Enforces the policy table on every field. Operations (Query/Mutation fields) refuse roles without
 * a rule; their scope is applied by the service, which narrows what it reads (`reachOf`). Object
 * fields check the role's reach against the record: a denied nullable field reads as null (lists of
 * organizations stay usable without personal data), a denied non-null field is FORBIDDEN. Fields
 * open to every role keep their resolver untouched, so the common path costs nothing.
 */
export function applyPolicy(schema: GraphQLSchema, owners: Record<string, OwnerOf>): void {
  for (const [typeName, type] of Object.entries(schema.getTypeMap())) {
    if (typeName.startsWith('__') || !isObjectType(type)) continue;
    const root = ROOTS.has(typeName);
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      const rule = rules[typeName]?.[fieldName];
      if (!rule) throw new Error(`No access rule for ${typeName}.${fieldName} in schema/policy.ts`);
      if (!root && ROLES.every((r) => rule[r] === 'all')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const nonNull = field.type instanceof GraphQLNonNull;
      const owner = owners[typeName];
      field.resolve = (source, args, ctx: RequestContext, info) => {
        const reach = reachOf(ctx, typeName, fieldName);
        const allowed = root ? reach !== undefined : reaches(reach, owner, source, typeName);
        if (allowed) return resolve(source, args, ctx, info);
        // Without a token only the public operations answer; anything else asks to sign in.
        if (ctx.identity.role === ANONYMOUS) throw unauthenticated();
        if (nonNull || root) throw forbidden();
        return null;
      };
    }
  }
}
