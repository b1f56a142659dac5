import type {
  IntrospectionEnumType,
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionType,
  IntrospectionTypeRef,
} from 'graphql';
import type { IntrospectionResult } from 'ra-data-graphql';

/** Small readers over the introspection JSON, so queries follow the SDL instead of hand-kept lists. */

export function namedType(ref: IntrospectionTypeRef): string {
  let t: IntrospectionTypeRef = ref;
  while ('ofType' in t && t.ofType) t = t.ofType;
  return (t as { name: string }).name;
}

/** The type as written in a variable definition, e.g. `[ID!]!`. */
export function printTypeRef(ref: IntrospectionTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${printTypeRef(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${printTypeRef(ref.ofType)}]`;
  return ref.name;
}

export function isListType(ref: IntrospectionTypeRef): boolean {
  const inner = ref.kind === 'NON_NULL' ? ref.ofType : ref;
  return inner.kind === 'LIST';
}

function typeNamed(ir: IntrospectionResult, name: string): IntrospectionType | undefined {
  return ir.types.find((t) => t.name === name);
}

export function inputFieldsOf(ir: IntrospectionResult, typeName: string): string[] {
  const t = typeNamed(ir, typeName) as IntrospectionInputObjectType | undefined;
  return t?.kind === 'INPUT_OBJECT' ? t.inputFields.map((f) => f.name) : [];
}

export function enumValuesOf(ir: IntrospectionResult, typeName: string): string[] {
  const t = typeNamed(ir, typeName) as IntrospectionEnumType | undefined;
  return t?.kind === 'ENUM' ? t.enumValues.map((v) => v.name) : [];
}

/** The input-object type of an argument (e.g. `filter` → `OrganizationFilter`). */
export function argInputType(field: IntrospectionField, arg: string): string | undefined {
  const a = field.args.find((x) => x.name === arg);
  return a ? namedType(a.type) : undefined;
}

/** The enum of a sort input's `field` (e.g. `OrganizationSort` → NAME). */
export function sortFieldValues(ir: IntrospectionResult, sortType: string): string[] {
  const t = typeNamed(ir, sortType) as IntrospectionInputObjectType | undefined;
  const field = t?.kind === 'INPUT_OBJECT' ? t.inputFields.find((f) => f.name === 'field') : undefined;
  return field ? enumValuesOf(ir, namedType(field.type)) : [];
}

/** `( $filter: OrganizationFilter, $first: Int )` for the arguments we pass. */
export function variableDefinitions(field: IntrospectionField, names: string[]): string {
  const defs = field.args.filter((a) => names.includes(a.name)).map((a) => `$${a.name}: ${printTypeRef(a.type)}`);
  return defs.length ? `(${defs.join(', ')})` : '';
}

export function argumentList(field: IntrospectionField, names: string[]): string {
  const args = field.args.filter((a) => names.includes(a.name)).map((a) => `${a.name}: $${a.name}`);
  return args.length ? `(${args.join(', ')})` : '';
}
