import { readFileSync } from 'node:fs';
import { parse, type InputObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createCaseInputFor, updateCaseInputFor } from './case.ts';

const TODAY = '2026-11-28';
const sdl = parse(readFileSync(new URL('../graphql/case.graphql', import.meta.url), 'utf8'));
const fieldsOf = (name: string) =>
  (
    sdl.definitions.find((d) => d.kind === 'InputObjectTypeDefinition' && d.name.value === name) as InputObjectTypeDefinitionNode
  ).fields!.map((f) => f.name.value);
const shapeOf = (schema: unknown) => Object.keys((schema as { shape: object }).shape);

/** The facts a case worker can change: one zod definition behind both inputs (GraphQL lists them twice). */
describe('case inputs share one definition of the facts', () => {
  const createOnly = ['id', 'programId', 'objectiveCode', 'ownerOrganizationId', 'country', 'identity', 'acknowledgedDuplicateIds'];
  const updateOnly = ['id', 'version'];

  it('the GraphQL update input names exactly the create input’s facts', () => {
    const facts = fieldsOf('CreateCaseInput').filter((f) => !createOnly.includes(f));
    expect(
      fieldsOf('UpdateCaseInput')
        .filter((f) => !updateOnly.includes(f))
        .sort(),
    ).toEqual(facts.sort());
  });

  it('the zod inputs validate the same facts with the same rules (the update’s all optional)', () => {
    const bad = { exploitationTypes: ['LABOUR', 'LABOUR'], ageAtIdentification: -1, provinceIdentified: '99', dateReported: '2030-01-01' };
    const create = createCaseInputFor(TODAY).safeParse({ programId: 'p', identity: { fullName: 'x' }, ...bad });
    const update = updateCaseInputFor(TODAY).safeParse({ id: 'c', version: 1, ...bad });
    const problems = (r: typeof create | typeof update) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')} ${i.message}`).sort();
    expect(problems(update)).toEqual(problems(create));
    expect(problems(update)).toHaveLength(4);
    expect(updateCaseInputFor(TODAY).safeParse({ id: 'c', version: 1 }).success).toBe(true);
    expect(
      shapeOf(updateCaseInputFor(TODAY))
        .filter((f) => !updateOnly.includes(f))
        .sort(),
    ).toEqual(
      fieldsOf('UpdateCaseInput')
        .filter((f) => !updateOnly.includes(f))
        .sort(),
    );
  });
});
