/**
 * The schema as the deployed handler loads it: each type with its fields, arguments and default values,
 * type references written as in SDL (`[ID!]!`), no descriptions and no directives (introspection is off
 * in AWS, and the `@personal` marks are read by the policy test from the SDL). Emitted by
 * schema/codegen/compact-plugin.cjs, built by functions/platform/compactSchema.ts.
 */
export type CompactArg = [name: string, type: string] | [name: string, type: string, defaultValue: unknown];
export type CompactField = [name: string, type: string] | [name: string, type: string, args: CompactArg[]];
export type CompactType =
  | ['S', name: string]
  | ['E', name: string, values: string[]]
  | ['U', name: string, members: string[]]
  | ['I', name: string, fields: CompactArg[]]
  | ['O' | 'F', name: string, fields: CompactField[], interfaces: string[]];

export interface CompactSchema {
  query: string;
  mutation?: string;
  types: CompactType[];
}
