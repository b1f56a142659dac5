import { defaultFieldResolver, GraphQLNonNull, isObjectType, type GraphQLSchema } from 'graphql';
import { policy, ROLES, type Rule } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { forbidden } from '#platform/errors';

/**
 * For a type whose rules use scoped access: the organizations that own a record of it ('own') and
 * the program it belongs to ('program').
 */
export interface OwnerOf {
  organizations?: (record: unknown) => readonly (string | null | undefined)[];
  program?: (record: unknown) => string | null | undefined;
}

const rules = policy as Record<string, Record<string, Rule>>;
const ROOTS = new Set(['Query', 'Mutation']);

/**
 * Enforces the policy table on every field. Operations (Query/Mutation fields) refuse roles without
 * a rule; their scope is applied by the service, which narrows what it reads. Object fields
 * check the role's scope against the record: a denied nullable field reads as null (lists of
 * organizations stay usable without personal data), a denied non-null field is FORBIDDEN. Fields
 * open to every role keep their resolver untouched, so the common path costs nothing.
 */
function ownersOf<K extends keyof OwnerOf>(owner: OwnerOf | undefined, type: string, kind: K): NonNullable<OwnerOf[K]> {
  const fn = owner?.[kind];
  if (!fn) throw new Error(`No ${kind} owner function for ${type}`);
  return fn;
}

/** Wraps the resolvers of `schema` in place (see buildSchema: one schema per cold start, no copy). */
export function applyPolicy(schema: GraphQLSchema, owners: Record<string, OwnerOf>): void {
  for (const [typeName, type] of Object.entries(schema.getTypeMap())) {
    if (typeName.startsWith('__') || !isObjectType(type)) continue;
    for (const [fieldName, field] of Object.entries(type.getFields())) {
      const rule = rules[typeName]?.[fieldName];
      if (!rule) throw new Error(`No access rule for ${typeName}.${fieldName} in schema/policy.ts`);
      if (!ROOTS.has(typeName) && ROLES.every((r) => rule[r] === 'all')) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const nonNull = field.type instanceof GraphQLNonNull;
      const owner = owners[typeName];
      field.resolve = (source, args, ctx: RequestContext, info) => {
        const scope = rule[ctx.identity.role];
        let allowed = scope === 'all' || (scope !== undefined && ROOTS.has(typeName));
        if (scope === 'own' && !ROOTS.has(typeName)) {
          const org = ctx.identity.organizationId;
          allowed = org !== null && ownersOf(owner, typeName, 'organizations')(source).includes(org);
        } else if (scope === 'program' && !ROOTS.has(typeName)) {
          const program = ownersOf(owner, typeName, 'program')(source);
          allowed = !!program && ctx.identity.programIds.includes(program);
        }
        if (allowed) return resolve(source, args, ctx, info);
        if (nonNull || ROOTS.has(typeName)) throw forbidden();
        return null;
      };
    }
  }
}
