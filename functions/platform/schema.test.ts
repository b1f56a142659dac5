import { describe, expect, it } from 'vitest';
import {
  buildASTSchema,
  type GraphQLSchema,
  graphql,
  Kind,
  lexicographicSortSchema,
  parse,
  parseValue,
  printSchema,
  validateSchema,
  visit,
} from 'graphql';
import { compactSchema } from '@ruta/schema/generated/compactSchema';
import { typeDefs } from '@ruta/schema/generated/typeDefs';
import { createApolloServer } from '#platform/apollo';
import { schemaFromCompact } from '#platform/compactSchema';
import { createContext } from '#platform/context';
import { buildSchema, checkIdArguments, scalars } from '#platform/schema';

const staff = createContext({ username: 's', displayName: 's', role: 'staff', organizationId: null, programIds: [] }, 'r');
const long = 'x'.repeat(3000);

describe('every ID argument is checked before any resolver runs (issue 8.2)', () => {
  const sdl = `
    input Filter { organizationId: ID, name: String, nested: Filter }
    input Create { id: ID, partyIds: [ID!]!, title: String! }
    type Query { one(id: ID!): String, many(ids: [ID!]!): String, list(filter: Filter, after: String): String }
    type Mutation { create(input: Create!): String }`;
  const calls: string[] = [];
  const schema = buildASTSchema(parse(sdl));
  for (const type of [schema.getQueryType()!, schema.getMutationType()!]) {
    for (const f of Object.values(type.getFields()))
      f.resolve = () => {
        calls.push(f.name);
        return 'ok';
      };
  }
  checkIdArguments(schema);
  const run = async (source: string, variableValues?: Record<string, unknown>) => {
    calls.length = 0;
    const r = await graphql({ schema, source, variableValues });
    return {
      errors: r.errors?.map((e) => ({ code: e.extensions.code, fields: (e.extensions.fields as { path: string }[]).map((f) => f.path) })),
      calls: [...calls],
    };
  };

  it.each([
    ['an over-long id', 'query($v: ID!) { one(id: $v) }', { v: long }, ['id']],
    ['an id with a space', 'query($v: ID!) { one(id: $v) }', { v: 'a b' }, ['id']],
    ['an empty id', 'query($v: ID!) { one(id: $v) }', { v: '' }, ['id']],
    ['one bad id of a list', 'query($v: [ID!]!) { many(ids: $v) }', { v: ['ok', 'no#1', 'ok2'] }, ['ids.1']],
    [
      'an id inside a filter, nested',
      'query($f: Filter) { list(filter: $f) }',
      { f: { nested: { organizationId: long } } },
      ['filter.nested.organizationId'],
    ],
    [
      'ids inside an input',
      'mutation($i: Create!) { create(input: $i) }',
      { i: { id: 'é', partyIds: ['a', long], title: 't' } },
      ['input.id', 'input.partyIds.1'],
    ],
  ])('%s → BAD_USER_INPUT with the path, resolver never called', async (_, q, vars, paths) => {
    const r = await run(q, vars);
    expect(r.errors).toEqual([{ code: 'BAD_USER_INPUT', fields: paths }]);
    expect(r.calls).toEqual([]);
  });

  it('lets every id shape of ours through: plain, scoped, usernames, and leaves non-ID strings alone', async () => {
    const r = await run('mutation($i: Create!) { create(input: $i) }', {
      i: { id: 'org-usaid', partyIds: ['prog~1.2', 'ana.perez', 'p~2011-02-10~0f8fa3c4'], title: long },
    });
    expect(r).toEqual({ errors: undefined, calls: ['create'] });
    expect((await run('query { list(after: "%%%") }')).calls).toEqual(['list']);
  });

  it('is applied by buildSchema to the real schema', async () => {
    const server = createApolloServer(
      buildSchema(
        typeDefs,
        [
          {
            Query: {
              organization: () => {
                throw new Error('resolver ran');
              },
            },
          },
        ],
        {},
      ),
      { deployed: false },
    );
    await server.start();
    const res = await server.executeOperation(
      { query: 'query($id: ID!) { organization(id: $id) { id } }', variables: { id: long } },
      { contextValue: staff },
    );
    expect(res.body.kind === 'single' && res.body.singleResult.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path: 'id', key: 'validation.invalid_id' }],
    });
    await server.stop();
  });
});

describe('the Date scalar refuses years outside 1900–2100 (issue 8.7)', () => {
  const date = scalars.Date;
  it.each(['0000-01-01', '9999-12-31', '1899-12-31', '2101-01-01'])('%s as a variable or a literal', (d) => {
    expect(() => date.parseValue(d)).toThrow(/between 1900-01-01 and 2100-12-31/);
    expect(() => date.parseLiteral(parseValue(`"${d}"`), {})).toThrow(/between 1900-01-01 and 2100-12-31/);
  });
  it('accepts the range, refuses non-dates, and serialises stored dates as they are', () => {
    expect(date.parseValue('2100-12-31')).toBe('2100-12-31');
    expect(date.parseLiteral(parseValue('"1900-01-01"'), {})).toBe('1900-01-01');
    expect(() => date.parseValue('2009-02-29')).toThrow();
    expect(date.serialize('0000-01-01')).toBe('0000-01-01');
  });
});

describe('the compact schema deployed handlers build (schemaFromCompact)', () => {
  it('prints exactly as the SDL built the usual way, but for descriptions and directive definitions', () => {
    // What the compact form leaves out by design: descriptions, and the @personal marks the policy test reads.
    const bareSdl = visit(parse(typeDefs), {
      enter: (node) => (node.kind === Kind.DIRECTIVE_DEFINITION || node.kind === Kind.DIRECTIVE ? null : undefined),
      leave: (node) => ('description' in node && node.description ? { ...node, description: undefined } : undefined),
    });
    const fromSdl = buildASTSchema(bareSdl);
    const bare = (s: GraphQLSchema) => printSchema(lexicographicSortSchema(s));
    const fromCompact = schemaFromCompact(compactSchema);
    expect(bare(fromCompact)).toBe(bare(fromSdl));
    expect(Object.keys(fromCompact.getTypeMap()).length).toBe(Object.keys(fromSdl.getTypeMap()).length);
    expect(validateSchema(fromCompact)).toEqual([]);
  });

  it('keeps default values, which the id checks and resolvers rely on', () => {
    const schema = schemaFromCompact(compactSchema);
    const cases = schema.getQueryType()!.getFields().cases!;
    expect(cases.args.find((a) => a.name === 'first')!.defaultValue).toBe(25);
    expect(
      schema
        .getQueryType()!
        .getFields()
        .case!.args.find((a) => a.name === 'purpose')!.defaultValue,
    ).toBe('CASE_MANAGEMENT');
  });
});
