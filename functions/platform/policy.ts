import { defaultFieldResolver, GraphQLNonNull, type GraphQLSchema } from 'graphql';
import { mapSchema, MapperKind } from '@graphql-tools/utils';
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

export function applyPolicy(schema: GraphQLSchema, owners: Record<string, OwnerOf>): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (config, fieldName, typeName) => {
      const rule = rules[typeName]?.[fieldName];
      if (!rule) throw new Error(`No access rule for ${typeName}.${fieldName} in schema/policy.ts`);
      if (!ROOTS.has(typeName) && ROLES.every((r) => rule[r] === 'all')) return config;
      const resolve = config.resolve ?? defaultFieldResolver;
      const nonNull = config.type instanceof GraphQLNonNull;
      const owner = owners[typeName];
      return {
        ...config,
        resolve(source, args, ctx: RequestContext, info) {
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
        },
      };
    },
  });
}
