// Emits the merged SDL as a TypeScript string so the local server and the tests build the schema from
// the same text without reading files at run time. Deployed handlers load the compact description
// instead (compact-plugin.cjs): introspection is off there, so descriptions are never served.
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    const sdl = printSchemaWithDirectives(schema);
    return ['/* generated from schema/graphql/*.graphql — do not edit */', `export const typeDefs = ${JSON.stringify(sdl)};`, ''].join(
      '\n',
    );
  },
};
