import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLSchema,
  GraphQLUnionType,
  specifiedScalarTypes,
  type GraphQLFieldConfigArgumentMap,
  type GraphQLInputFieldConfigMap,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLType,
} from 'graphql';
import type { CompactArg, CompactField, CompactSchema } from '@ruta/schema/compactSchema';

/**
 * The executable schema's types from the compact description codegen emits (schema/compactSchema.ts):
 * graphql's type constructors with lazy fields, as `buildClientSchema` does, without lexing and parsing
 * the SDL at each cold start. `schema.test.ts` proves it prints the same as the SDL built the usual way.
 * Trusted like any build output: the SDL it comes from is validated by every test run.
 */
export function schemaFromCompact(compact: CompactSchema): GraphQLSchema {
  const named = new Map<string, GraphQLNamedType>(specifiedScalarTypes.map((t) => [t.name, t]));
  const ref = (s: string): GraphQLType => {
    if (s.endsWith('!')) return new GraphQLNonNull(ref(s.slice(0, -1)));
    if (s.startsWith('[')) return new GraphQLList(ref(s.slice(1, -1)));
    const type = named.get(s);
    if (!type) throw new Error(`Compact schema names an unknown type ${s}`);
    return type;
  };
  const inputs = (list: CompactArg[]): GraphQLFieldConfigArgumentMap & GraphQLInputFieldConfigMap =>
    Object.fromEntries(
      list.map(([name, type, ...rest]) => [name, { type: ref(type) as GraphQLInputType, defaultValue: rest.length ? rest[0] : undefined }]),
    );
  const outputs = (list: CompactField[]) =>
    Object.fromEntries(list.map(([name, type, args]) => [name, { type: ref(type) as GraphQLOutputType, args: args && inputs(args) }]));
  const interfacesOf = (names: string[]) => () => names.map((n) => named.get(n) as GraphQLInterfaceType);

  for (const t of compact.types) {
    const name = t[1];
    switch (t[0]) {
      case 'S':
        named.set(name, new GraphQLScalarType({ name }));
        break;
      case 'E':
        named.set(name, new GraphQLEnumType({ name, values: Object.fromEntries(t[2].map((v) => [v, {}])) }));
        break;
      case 'U': {
        const members = t[2];
        named.set(name, new GraphQLUnionType({ name, types: () => members.map((n) => named.get(n) as GraphQLObjectType) }));
        break;
      }
      case 'I': {
        const fields = t[2];
        named.set(name, new GraphQLInputObjectType({ name, fields: () => inputs(fields) }));
        break;
      }
      case 'O':
      case 'F': {
        const [kind, , fields, interfaces] = t;
        const config = { name, fields: () => outputs(fields), interfaces: interfacesOf(interfaces) };
        named.set(name, kind === 'O' ? new GraphQLObjectType(config) : new GraphQLInterfaceType(config));
        break;
      }
    }
  }
  return new GraphQLSchema({
    query: named.get(compact.query) as GraphQLObjectType,
    mutation: compact.mutation ? (named.get(compact.mutation) as GraphQLObjectType) : undefined,
    types: [...named.values()],
    assumeValid: true,
  });
}
