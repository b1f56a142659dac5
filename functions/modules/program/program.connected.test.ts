import { describe, expect, it } from 'vitest';
import { onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';

const fx = useProgramFixture();
const PROGRAM = 'query($id: ID!) { program(id: $id) { id donors { id } implementer { id } version } }';
const UPDATE = 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { version donorIds } }';
const AUDIT = 'query($id: ID!) { auditEvents(entityType: "Program", entityId: $id) { nodes { action } } }';

describe('programs whose lists name an organization twice', () => {
  it('a self-funded program (the implementer is also a donor) is created, each organization checked once', async () => {
    await fx.newProgram('p-self', { donorIds: [fx.implementer] });
    expect(await fx.ok(PROGRAM, { id: 'p-self' })).toMatchObject({ donors: [{ id: fx.implementer }], implementer: { id: fx.implementer } });
  });

  it('a donor listed twice is accepted on create and on update, without a server error', async () => {
    await fx.newProgram('p-twice', { donorIds: [fx.donorOrg, fx.donorOrg] });
    expect((await fx.ok(PROGRAM, { id: 'p-twice' })).donors).toEqual([{ id: fx.donorOrg }]);
    const r = await fx.api.gql(fx.staff, UPDATE, {
      i: { id: 'p-twice', version: 1, donorIds: [fx.implementer, fx.implementer, fx.donorOrg] },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateProgram).toEqual({ version: 2, donorIds: [fx.implementer, fx.donorOrg] });
  });

  it('an unknown donor among repeated ones is a field error and writes nothing', async () => {
    const r = await fx.api.gql(fx.staff, UPDATE, { i: { id: 'p-twice', version: 2, donorIds: [fx.donorOrg, 'org-missing', fx.donorOrg] } });
    expect(onlyError(r).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ path: 'input.donorIds.1', key: 'validation.unknown_party' })],
    });
    expect((await fx.ok(PROGRAM, { id: 'p-twice' })).version).toBe(2);
    expect((await fx.ok(AUDIT, { id: 'p-twice' })).nodes).toHaveLength(2);
  });
});
