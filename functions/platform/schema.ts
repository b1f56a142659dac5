import { GraphQLScalarType, type GraphQLSchema } from 'graphql';
import { makeExecutableSchema } from '@graphql-tools/schema';
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

/** The executable schema with the access policy applied to every field. */
export function buildSchema(typeDefs: string, resolvers: object[], owners: Record<string, OwnerOf>): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: [scalars, ...resolvers] as never,
    // The schema was just built from the SDL: attach the resolvers to it rather than to a copy.
    updateResolversInPlace: true,
    // Bundles bake NODE_ENV=production: they trust the SDL every test run validates (unbundled) instead of
    // validating it again at each cold start.
    ...(process.env.NODE_ENV === 'production' ? { assumeValidSDL: true, assumeValid: true } : {}),
  });
  return applyPolicy(schema, owners);
}
