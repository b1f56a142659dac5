// Emits the merged SDL as a TypeScript string so the Lambda bundle, the local server and the tests
// build the schema from the same text without reading files at run time.
const { printSchemaWithDirectives } = require('@graphql-tools/utils');

module.exports = {
  plugin(schema) {
    const sdl = printSchemaWithDirectives(schema);
    return `/* generated from schema/graphql/*.graphql — do not edit */\nexport const typeDefs = ${JSON.stringify(sdl)};\n`;
  },
};
