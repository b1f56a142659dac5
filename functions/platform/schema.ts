import {
  buildASTSchema,
  GraphQLError,
  GraphQLScalarType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
  type ValueNode,
} from 'graphql';
import { DateTimeResolver, EmailAddressResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import type { CompactSchema } from '@ruta/schema/compactSchema';
import { DATE_MAX, DATE_MIN, isIdShape } from '@ruta/schema/limits';
import { problem, type FieldProblem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import { schemaFromCompact } from '#platform/compactSchema';
import { applyPolicy } from '#platform/policy';

type Owners = Parameters<typeof applyPolicy>[1];

/** A date argument outside the range every input accepts (schema/zod/common.ts) is refused by the scalar itself. */
function inDateRange(value: unknown): string {
  const date = value as string;
  if (date < DATE_MIN || date > DATE_MAX) throw new GraphQLError(`Date must be between ${DATE_MIN} and ${DATE_MAX}: ${date}`);
  return date;
}

// graphql-scalars' Date turns inputs into JS Dates; we keep calendar dates as 'YYYY-MM-DD' strings
// end to end (no time zone can shift them), which is what its LocalDate does. Output stays lenient.
const DateScalar = new GraphQLScalarType({
  ...LocalDateResolver.toConfig(),
  name: 'Date',
  description: `A calendar date, ISO-8601 (e.g. 2008-01-03), between ${DATE_MIN} and ${DATE_MAX}.`,
  parseValue: (value) => inDateRange(LocalDateResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => inDateRange(LocalDateResolver.parseLiteral(ast, variables)),
});

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

type IdCheck = (value: unknown, path: string, problems: FieldProblem[]) => void;

/**
 * A check of every `ID` inside a value of `type` (lists, input objects, nested), or null when the type
 * holds no ID. Input objects are memoised by name; a recursive input type checks its ID fields once
 * the recursion is resolved (the placeholder forwards to the finished check).
 */
function idCheckFor(type: GraphQLInputType, memo: Map<string, IdCheck | null>): IdCheck | null {
  if (isNonNullType(type)) return idCheckFor(type.ofType, memo);
  if (isListType(type)) {
    const item = idCheckFor(type.ofType, memo);
    if (!item) return null;
    return (value, path, problems) => {
      if (!Array.isArray(value)) return item(value, path, problems);
      value.forEach((v, i) => {
        item(v, `${path}.${i}`, problems);
      });
    };
  }
  if (isScalarType(type)) {
    if (type.name !== 'ID') return null;
    return (value, path, problems) => {
      if (value != null && !isIdShape(value)) problems.push(problem(path, 'validation.invalid_id'));
    };
  }
  if (!isInputObjectType(type)) return null;
  if (memo.has(type.name)) return memo.get(type.name) ?? ((v, p, out) => memo.get(type.name)?.(v, p, out));
  memo.set(type.name, null);
  const fields = Object.values(type.getFields())
    .map((f) => [f.name, idCheckFor(f.type, memo)] as const)
    .filter((f): f is readonly [string, IdCheck] => f[1] !== null);
  const check: IdCheck | null = fields.length
    ? (value, path, problems) => {
        if (!value || typeof value !== 'object') return;
        for (const [name, c] of fields) c((value as Record<string, unknown>)[name], `${path}.${name}`, problems);
      }
    : null;
  memo.set(type.name, check);
  return check;
}

/**
 * Every `ID` in the arguments of an operation (Query/Mutation field), wherever it sits — `id: ID!`,
 * `ids: [ID!]!`, `input.partyIds.3`, `filter.organizationId` — must have the one id shape
 * (schema/zod/common.ts `isIdShape`) before the resolver runs: an over-long or malformed id is
 * BAD_USER_INPUT with the argument's path, and never reaches a DynamoDB key. Driven by the schema, so a
 * new operation is covered without a line of its own. Runs inside the access policy (FORBIDDEN first).
 */
export function checkIdArguments(schema: GraphQLSchema): void {
  const memo = new Map<string, IdCheck | null>();
  for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!root) continue;
    for (const field of Object.values(root.getFields())) {
      const checks = field.args
        .map((a) => [a.name, idCheckFor(a.type, memo)] as const)
        .filter((a): a is readonly [string, IdCheck] => a[1] !== null);
      if (!checks.length || !field.resolve) continue;
      const resolve = field.resolve;
      field.resolve = (source, args: Record<string, unknown>, ctx, info) => {
        const problems: FieldProblem[] = [];
        for (const [name, check] of checks) check(args[name], name, problems);
        if (problems.length) throw badInput(problems);
        return resolve(source, args, ctx, info);
      };
    }
  }
}

/**
 * The executable schema with the id checks and the access policy applied to every operation, from the
 * SDL (local server and tests: descriptions for introspection) or from the compact description
 * (deployed: no parse at cold start, see compactSchema.ts).
 */
export function buildSchema(source: string | CompactSchema, resolvers: object[], owners: Owners): GraphQLSchema {
  const schema = typeof source === 'string' ? schemaFromSdl(source) : schemaFromCompact(source);
  for (const map of [scalars, ...resolvers]) attachResolvers(schema, map as ResolverMap);
  checkIdArguments(schema);
  applyPolicy(schema, owners);
  return schema;
}

function schemaFromSdl(typeDefs: string): GraphQLSchema {
  const document = parse(typeDefs, { noLocation: true });
  // Bundles bake NODE_ENV=production: they trust the SDL every test run validates (unbundled) instead of
  // validating it again at each cold start.
  const trusted = process.env.NODE_ENV === 'production';
  return buildASTSchema(document, { assumeValidSDL: trusted, assumeValid: trusted });
}
