import { describe, expect, it } from 'vitest';
import { buildASTSchema, isObjectType, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from '@ruta/schema/generated/typeDefs';
import { ANONYMOUS, policy, ROLES } from '@ruta/schema/policy';
import { buildSchema } from '#platform/schema';
import { moduleResolvers, owners } from '#modules/index';

const schema: GraphQLSchema = buildASTSchema(parse(typeDefs));
const rules = policy as Record<string, Record<string, Record<string, string>>>;
const objectTypes = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && !t.name.startsWith('__'));

describe('access policy covers the whole schema', () => {
  it('every field of every object type, query and mutation has a rule', () => {
    const missing: string[] = [];
    for (const type of objectTypes) {
      if (!isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) if (!rules[type.name]?.[field]) missing.push(`${type.name}.${field}`);
    }
    expect(missing).toEqual([]);
  });

  it('has no rule for a type or field that does not exist (no stale rules)', () => {
    const stale: string[] = [];
    for (const [type, fields] of Object.entries(rules)) {
      const t = schema.getType(type);
      for (const field of Object.keys(fields)) if (!isObjectType(t) || !t.getFields()[field]) stale.push(`${type}.${field}`);
    }
    expect(stale).toEqual([]);
  });

  it('personal-data fields are never readable by donors, and by partners only in their own scope', () => {
    const personal = objectTypes.flatMap((t) =>
      isObjectType(t)
        ? Object.values(t.getFields())
            .filter((f) => f.astNode?.directives?.some((d) => d.name.value === 'personal'))
            .map((f) => [t.name, f.name] as const)
        : [],
    );
    expect(personal.length).toBeGreaterThan(0);
    for (const [type, field] of personal) {
      const rule = rules[type]![field]!;
      expect(rule.donor, `${type}.${field} readable by donor`).toBeUndefined();
      expect([undefined, 'own'], `${type}.${field} for partner`).toContain(rule.partner);
    }
  });

  it('anonymous callers reach the public statistics and nothing else', () => {
    const open = Object.entries(rules).flatMap(([type, fields]) =>
      Object.entries(fields)
        .filter(([, rule]) => rule[ANONYMOUS])
        .map(([field]) => `${type}.${field}`),
    );
    const operations = open.filter((f) => f.startsWith('Query.') || f.startsWith('Mutation.'));
    expect(operations).toEqual(['Query.publicStatistics']);
    expect(open.every((f) => /^(Query\.publicStatistics|StatTable\.|StatCell\.)/.test(f))).toBe(true);
  });

  it('only known roles and scopes appear, and only staff, admin and case workers (cases) write — partners only their own activity records, donors never', () => {
    for (const fields of Object.values(rules)) {
      for (const rule of Object.values(fields)) {
        for (const [role, scope] of Object.entries(rule)) {
          expect([...ROLES, ANONYMOUS]).toContain(role);
          expect(['all', 'own', 'program', 'ownOrProgram']).toContain(scope);
        }
      }
    }
    // Partners report their own organization's activities (issue 13), and make a training's record from
    // one of them: those operations, in the 'own' scope only.
    const partnerWrites = [
      'createActivityRecord',
      'createTrainingFromActivityRecord',
      'updateActivityRecord',
      'submitActivityRecord',
      'deleteActivityRecord',
      'importActivityRecords',
    ];
    for (const [operation, rule] of Object.entries(rules.Mutation!)) {
      const { partner, ...others } = rule as Record<string, string>;
      expect(['admin', 'staff', 'caseworker']).toEqual(expect.arrayContaining(Object.keys(others)));
      if (partner) expect([operation, partner]).toEqual([expect.toBeOneOf(partnerWrites), 'own']);
    }
  });

  it.each([
    ['own', 'organizations'],
    ['program', 'program'],
    ['ownOrProgram', 'organizations'],
    ['ownOrProgram', 'program'],
  ] as const)("every type with a '%s' rule has a %s owner function on the server", (scope, kind) => {
    const needOwner = Object.entries(rules)
      .filter(
        ([type, fields]) => type !== 'Query' && type !== 'Mutation' && Object.values(fields).some((r) => Object.values(r).includes(scope)),
      )
      .map(([type]) => type);
    expect(needOwner.filter((t) => !owners[t]?.[kind])).toEqual([]);
  });

  it('the server refuses to start when a field has no rule', () => {
    const sdl = `${typeDefs}\nextend type Organization { secretField: String }`;
    expect(() => buildSchema(sdl, moduleResolvers, owners)).toThrow(/No access rule for Organization.secretField/);
  });

  it('every type, field, argument-bearing operation and enum value in the SDL has a description', () => {
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Boolean', 'ID', 'Float'].includes(type.name)) continue;
      if (!type.description) undocumented.push(type.name);
      if ('getFields' in type) {
        for (const f of Object.values(type.getFields())) if (!f.description) undocumented.push(`${type.name}.${f.name}`);
      }
      if ('getValues' in type) for (const v of type.getValues()) if (!v.description) undocumented.push(`${type.name}.${v.name}`);
    }
    expect(undocumented).toEqual([]);
  });
});
