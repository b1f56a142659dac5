// Emits the schema as a compact JSON description (types, fields, arguments, defaults; no descriptions,
// no directives) for deployed handlers. A cold start then builds the schema from it with graphql's type
// constructors (functions/platform/compactSchema.ts) instead of lexing, parsing and walking ~35 KB of SDL:
// about half the CPU of the old path, which grew with each domain (docs/decisions.md, "Cold start").
const {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  isUnionType,
} = require('graphql');

const withDefault = (entry, value) => (value === undefined ? entry : [...entry, value]);
const args = (list) => list.map((a) => withDefault([a.name, String(a.type)], a.defaultValue));
const fields = (type) =>
  Object.values(type.getFields()).map((f) => (f.args.length ? [f.name, String(f.type), args(f.args)] : [f.name, String(f.type)]));

function compact(type) {
  if (isScalarType(type)) return ['S', type.name];
  if (isEnumType(type)) return ['E', type.name, type.getValues().map((v) => v.name)];
  if (isUnionType(type)) return ['U', type.name, type.getTypes().map((t) => t.name)];
  if (isInputObjectType(type)) {
    return ['I', type.name, Object.values(type.getFields()).map((f) => withDefault([f.name, String(f.type)], f.defaultValue))];
  }
  const kind = isInterfaceType(type) ? 'F' : isObjectType(type) ? 'O' : undefined;
  if (!kind) throw new Error(`compact-plugin: unknown kind of type ${type.name}`);
  return [kind, type.name, fields(type), type.getInterfaces().map((i) => i.name)];
}

module.exports = {
  plugin(schema) {
    const types = Object.values(schema.getTypeMap())
      .filter((t) => !t.name.startsWith('__') && !isSpecifiedScalarType(t))
      .map(compact);
    const out = { query: schema.getQueryType().name, mutation: schema.getMutationType()?.name, types };
    // JSON.parse of a string literal is the fastest way for V8 to load a large constant; single quotes
    // keep JSON's own double quotes unescaped.
    const literal = `'${JSON.stringify(out).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    return [
      '/* generated from schema/graphql/*.graphql — do not edit */',
      "import type { CompactSchema } from '../compactSchema.ts';",
      '',
      '/** The schema as types and fields only, for deployed handlers (functions/platform/compactSchema.ts). */',
      `export const compactSchema: CompactSchema = JSON.parse(${literal});`,
      '',
    ].join('\n');
  },
};
