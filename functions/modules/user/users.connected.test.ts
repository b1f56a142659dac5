import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedApi, identity, onlyError } from '#test/harness';
import { authenticate } from '#modules/user/service';

const admin = identity('admin', 'org-iom', 'boss');
const CREATE =
  'mutation($i: CreateUserInput!) { createUser(input: $i) { temporaryPassword user { username role organizationId programIds disabled } } }';
const UPDATE = 'mutation($i: UpdateUserInput!) { updateUser(input: $i) { username role organizationId programIds } }';
const DISABLE = 'mutation($u: String!, $d: Boolean!) { setUserDisabled(username: $u, disabled: $d) { username disabled } }';
const RESET = 'mutation($u: String!) { resetUserPassword(username: $u) { temporaryPassword } }';
const LIST = 'query { users(first: 50) { nodes { username role disabled email } } }';
const AUDIT = 'query($u: ID!) { auditEvents(entityType: "User", entityId: $u) { nodes { action actor } } }';

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
});
afterAll(() => api.stop());

describe('user management (local directory)', () => {
  it('creates an account whose one-time password signs in with the chosen role and scope', async () => {
    const r = await api.gql(admin, CREATE, {
      i: {
        username: 'Maria.P',
        displayName: 'María P.',
        email: 'maria@example.org',
        role: 'PARTNER',
        organizationId: 'org-fnj',
        programIds: ['prog-1'],
      },
    });
    expect(r.errors).toBeUndefined();
    const { temporaryPassword, user } = r.data!.createUser;
    expect(user).toEqual({ username: 'maria.p', role: 'PARTNER', organizationId: 'org-fnj', programIds: ['prog-1'], disabled: false });
    expect(await authenticate('maria.p', temporaryPassword)).toMatchObject({
      role: 'partner',
      organizationId: 'org-fnj',
      programIds: ['prog-1'],
    });
    expect((await api.gql(admin, LIST)).data!.users.nodes.map((n: any) => n.username)).toContain('maria.p');
  });

  it('changes role and scope, disables and re-enables, resets the password — each audited', async () => {
    const { temporaryPassword: first } = (await api.gql(admin, CREATE, { i: { username: 'ana', displayName: 'Ana', role: 'STAFF' } })).data!
      .createUser;
    expect(
      (await api.gql(admin, UPDATE, { i: { username: 'ana', role: 'DONOR', organizationId: 'org-usaid', programIds: ['prog-1'] } })).data!
        .updateUser,
    ).toEqual({ username: 'ana', role: 'DONOR', organizationId: 'org-usaid', programIds: ['prog-1'] });
    expect((await authenticate('ana', first))?.role).toBe('donor');

    await api.gql(admin, DISABLE, { u: 'ana', d: true });
    expect(await authenticate('ana', first)).toBeNull();
    await api.gql(admin, DISABLE, { u: 'ana', d: false });
    expect(await authenticate('ana', first)).not.toBeNull();

    const { temporaryPassword: second } = (await api.gql(admin, RESET, { u: 'ana' })).data!.resetUserPassword;
    expect(await authenticate('ana', first)).toBeNull();
    expect(await authenticate('ana', second)).not.toBeNull();
    const audit = (await api.gql(admin, AUDIT, { u: 'ana' })).data!.auditEvents.nodes;
    expect(audit.map((a: any) => a.action)).toEqual(['RESET_PASSWORD', 'ENABLE', 'DISABLE', 'UPDATE', 'CREATE']);
    expect(audit.every((a: any) => a.actor === 'boss')).toBe(true);
  });

  it.each([
    ['a partner without organization', { username: 'pp1', displayName: 'P', role: 'PARTNER', programIds: ['x'] }, 'input.organizationId'],
    ['a donor without programs', { username: 'dd1', displayName: 'D', role: 'DONOR', organizationId: 'org-usaid' }, 'input.programIds'],
    ['a bad username', { username: 'a b', displayName: 'X', role: 'STAFF' }, 'input.username'],
  ])('refuses %s', async (_, input, path) => {
    const r = await api.gql(admin, CREATE, { i: input });
    expect(onlyError(r).extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path })] });
  });

  it('refuses a taken username, disabling oneself, and everyone but admins', async () => {
    await api.gql(admin, CREATE, { i: { username: 'twice', displayName: 'T', role: 'STAFF' } });
    expect(onlyError(await api.gql(admin, CREATE, { i: { username: 'twice', displayName: 'T', role: 'STAFF' } })).extensions).toMatchObject(
      { code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ path: 'input.username', key: 'validation.username_taken' })] },
    );
    await api.gql(admin, CREATE, { i: { username: 'boss', displayName: 'Boss', role: 'ADMIN' } });
    expect(onlyError(await api.gql(admin, DISABLE, { u: 'boss', d: true })).extensions!.code).toBe('BAD_USER_INPUT');
    for (const role of ['staff', 'caseworker', 'partner', 'donor'] as const) {
      expect(onlyError(await api.gql(identity(role), LIST)).extensions!.code).toBe('FORBIDDEN');
      expect(
        onlyError(await api.gql(identity(role), CREATE, { i: { username: 'x1', displayName: 'X', role: 'ADMIN' } })).extensions!.code,
      ).toBe('FORBIDDEN');
    }
  });
});
