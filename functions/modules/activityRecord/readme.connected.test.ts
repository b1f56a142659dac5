import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { identity } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';

/**
 * The README's curl example of a partner's script (create a record, submit it) runs as written: the
 * GraphQL documents and variables are read out of README.md, so the test fails when the README drifts
 * from the API (a renamed field, an input the schema refuses, an objective or program not in the demo).
 */
const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

/** The bodies (`-d '…'`) of the curl calls to /graphql in the README's bash block that submits a record. */
function readmeRequests(): { query: string; variables?: Record<string, unknown> }[] {
  const block = [...readme.matchAll(/```bash\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('submitActivityRecord'));
  if (!block) throw new Error('README.md has no bash block that calls submitActivityRecord');
  const calls = block.split(/^curl /m).filter((c) => c.includes('/graphql'));
  return calls.map((c) => {
    const body = /-d '([\s\S]*?)'\s*$/.exec(c.trim())?.[1];
    if (!body) throw new Error(`no -d '…' body in: ${c}`);
    return JSON.parse(body);
  });
}

// What the README's documents name, as in the demo data: the Ecuador program and its activity 2.2.
const f = useProgramFixture();
beforeAll(async () => {
  await f.newProgram('prog-ecuador-tip');
  await f.ok('mutation($i: CreateObjectiveInput!) { createObjective(input: $i) { id } }', {
    i: { programId: 'prog-ecuador-tip', code: '2.2', title: 'Prevention in schools' },
  });
});

describe("the README's partner script", () => {
  it('creates and submits a record with the documents it shows; a retry returns the same record', async () => {
    const requests = readmeRequests();
    expect(requests.map((r) => /(createActivityRecord|submitActivityRecord)/.exec(r.query)?.[1])).toEqual([
      'createActivityRecord',
      'submitActivityRecord',
    ]);
    // The README's user: the demo partner of Fundación Nuestros Jóvenes (here the fixture's partner organization).
    expect(readme).toContain('{"username":"partner","password":"ruta-partner"}');
    const partner = { ...identity('partner', f.partnerOrg, 'partner'), programIds: ['prog-ecuador-tip'] };
    const [create, submit] = requests as [(typeof requests)[0], (typeof requests)[0]];
    const created = await f.api.gql(partner, create.query, create.variables);
    expect(created.errors).toBeUndefined();
    expect(created.data!.createActivityRecord).toMatchObject({ version: 1, status: 'DRAFT' });
    const again = await f.api.gql(partner, create.query, create.variables);
    expect(again.data!.createActivityRecord.id).toBe(created.data!.createActivityRecord.id);
    const submitted = await f.api.gql(partner, submit.query, submit.variables);
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.submitActivityRecord).toEqual({ status: 'SUBMITTED' });
  });
});
