// Emits the merged SDL as TypeScript strings so the Lambda bundle, the local server and the tests build
// the schema from the same text without reading files at run time. Deployed, introspection is off, so
// descriptions are never served: the Lambda parses the SDL without them, a third of the text and of
// the cold-start parse (GraphQL's lexer is slow on block strings the first time it meets them).
const { printSchemaWithDirectives } = require('@graphql-tools/utils');
const { parse, print, visit } = require('graphql');

// Two files (config `withoutDescriptions`), so a deployed bundle carries only the text it parses.
module.exports = {
  plugin(schema, _documents, config) {
    const sdl = printSchemaWithDirectives(schema);
    if (!config.withoutDescriptions) {
      return ['/* generated from schema/graphql/*.graphql — do not edit */', `export const typeDefs = ${JSON.stringify(sdl)};`, ''].join(
        '\n',
      );
    }
    const bare = print(
      visit(parse(sdl, { noLocation: true }), {
        enter: (node) => (node.description ? { ...node, description: undefined } : undefined),
      }),
    );
    return [
      '/* generated from schema/graphql/*.graphql — do not edit */',
      '/** The SDL without descriptions, for deployed handlers (introspection off). */',
      `export const typeDefsWithoutDescriptions = ${JSON.stringify(bare)};`,
      '',
    ].join('\n');
  },
};
