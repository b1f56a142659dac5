// Stand-in for `@graphql-tools/schema` in Lambda bundles (aliased in ../esbuild-options.ts).
//
// Apollo Server imports `makeExecutableSchema` for servers built from `typeDefs` + `resolvers`. We
// always pass a schema we built ourselves (functions/platform/schema.ts), so the import — which
// brought @graphql-tools/schema, merge and utils, ~54 KiB minified, into every cold start — is dead.
export function makeExecutableSchema() {
  throw new Error('Ruta builds its schema itself (functions/platform/schema.ts); pass `schema` to ApolloServer');
}
