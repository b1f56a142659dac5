import { buildASTSchema, GraphQLScalarType, isObjectType, isScalarType, parse, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { applyPolicy, type OwnerOf } from '#platform/policy';

// graphql-scalars' Date turns inputs into JS Dates; we keep calendar dates as 'YYYY-MM-DD' strings
// end to end (no time zone can shift them), which is what its LocalDate does.
const DateScalar = new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date', description: 'A calendar date, ISO-8601 (e.g. 2008-01-03).' });

export const scalars = {
  Date: DateScalar,
  DateTime: DateTimeResolver,
  EmailAddress: EmailAddressResolver,
  SafeInt: SafeIntResolver,
};

type ResolverMap = Record<string, GraphQLScalarType | Record<string, unknown>>;

/**
 * Puts scalar behaviour and field resolvers on the types built from the SDL, in place: a cold start
 * then builds the schema once instead of building it and copying it (as graphql-tools' merge and
 * mapSchema did, ~40% of our start-up). A resolver the schema has no place for is a programming error.
 */
function attachResolvers(schema: GraphQLSchema, map: ResolverMap): void {
  for (const [typeName, value] of Object.entries(map)) {
    const type = schema.getType(typeName);
    // Duck-typed: under vitest graphql-scalars may load graphql's CommonJS build, whose class differs.
    if (isScalarType(type) && typeof (value as Partial<GraphQLScalarType>).serialize === 'function') {
      const scalar = value as GraphQLScalarType;
      const writable = type as { -readonly [K in keyof GraphQLScalarType]: GraphQLScalarType[K] };
      writable.serialize = scalar.serialize;
      writable.parseValue = scalar.parseValue;
      writable.parseLiteral = scalar.parseLiteral;
      writable.specifiedByURL ??= scalar.specifiedByURL;
      writable.description ??= scalar.description;
      continue;
    }
    if (!isObjectType(type)) throw new Error(`Resolvers given for ${typeName}, which is not an object type or scalar of the schema`);
    const fields = type.getFields();
    for (const [fieldName, resolve] of Object.entries(value)) {
      const field = fields[fieldName];
      if (!field) throw new Error(`Resolver given for ${typeName}.${fieldName}, which the schema does not define`);
      if (typeof resolve !== 'function') throw new Error(`Resolver for ${typeName}.${fieldName} must be a function`);
      field.resolve = resolve as GraphQLFieldResolver<unknown, unknown>;
    }
  }
}

/** The executable schema with the access policy applied to every field. */
export function buildSchema(typeDefs: string, resolvers: object[], owners: Record<string, OwnerOf>): GraphQLSchema {
  const document = parse(typeDefs, { noLocation: true });
  // Bundles bake NODE_ENV=production: they trust the SDL every test run validates (unbundled) instead of
  // validating it again at each cold start.
  const trusted = process.env.NODE_ENV === 'production';
  const schema = buildASTSchema(document, { assumeValidSDL: trusted, assumeValid: trusted });
  for (const map of [scalars, ...resolvers]) attachResolvers(schema, map as ResolverMap);
  applyPolicy(schema, owners);
  return schema;
}
