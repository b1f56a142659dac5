import { describe, expect, it } from 'vitest';
import type { AuditRecord } from '#modules/audit/entity';
import type { DirectoryUser } from '#modules/user/directory';
import { cognitoDirectory } from '#modules/user/cognitoDirectory';

// Offline: what the Cognito directory asks of Cognito (the audit write is exercised by the local tests).
function recorder(replies: Record<string, unknown> = {}) {
  const sent: { command: string; input: any }[] = [];
  const client = {
    send: async (command: { constructor: { name: string }; input: unknown }) => {
      const name = command.constructor.name.replace(/Command$/, '');
      sent.push({ command: name, input: command.input });
      return replies[name] ?? {};
    },
  };
  return { sent, client: client as never };
}
const audit = { entityId: 'x' } as AuditRecord;

describe('Cognito directory', () => {
  it('lists users from one ListUsers call, role and scope from custom attributes', async () => {
    const { client, sent } = recorder({
      ListUsers: {
        Users: [
          {
            Username: 'ana',
            Enabled: false,
            Attributes: [
              { Name: 'name', Value: 'Ana' },
              { Name: 'custom:role', Value: 'donor' },
              { Name: 'custom:organizationId', Value: 'org-usaid' },
              { Name: 'custom:programIds', Value: 'p1,p2' },
            ],
          },
        ],
        PaginationToken: 'next',
      },
    });
    const r = await cognitoDirectory('pool-1', client).list(25, null);
    expect(r).toEqual({
      cursor: 'next',
      users: [
        {
          username: 'ana',
          displayName: 'Ana',
          email: null,
          role: 'donor',
          organizationId: 'org-usaid',
          programIds: ['p1', 'p2'],
          disabled: true,
          createdAt: null,
        },
      ],
    });
    expect(sent).toEqual([{ command: 'ListUsers', input: { UserPoolId: 'pool-1', Limit: 25, PaginationToken: undefined } }]);
  });

  it('creates the user with attributes and adds it to the role group; Cognito e-mails the password', async () => {
    const { client, sent } = recorder();
    const audits: AuditRecord[] = [];
    const dir = cognitoDirectory('pool-1', client, async (a) => {
      sent.push({ command: 'audit', input: a });
      audits.push(a);
    });
    expect(
      await dir.create(
        { username: 'p', displayName: 'P', email: 'p@x.org', role: 'partner', organizationId: 'o', programIds: ['a'], disabled: false },
        audit,
      ),
    ).toBeNull();
    expect(sent.map((s) => s.command)).toEqual(['AdminCreateUser', 'AdminAddUserToGroup', 'audit']);
    expect(audits).toEqual([audit]);
    expect(sent[0]!.input.UserAttributes).toEqual(
      expect.arrayContaining([
        { Name: 'custom:role', Value: 'partner' },
        { Name: 'custom:organizationId', Value: 'o' },
        { Name: 'custom:programIds', Value: 'a' },
        { Name: 'email', Value: 'p@x.org' },
      ]),
    );
    expect(sent[1]!.input).toEqual({ UserPoolId: 'pool-1', Username: 'p', GroupName: 'partner' });
  });

  it('does not write the audit event when Cognito refuses the change; a taken username is a field error', async () => {
    const sent: string[] = [];
    const failing = (name: string) =>
      ({
        send: async () => {
          throw Object.assign(new Error('nope'), { name });
        },
      }) as never;
    const user: DirectoryUser = { username: 'p', displayName: 'P', role: 'staff', programIds: [], disabled: false };
    await expect(
      cognitoDirectory('pool-1', failing('InternalErrorException'), async () => sent.push('audit')).create(user, audit),
    ).rejects.toThrow('nope');
    const taken = cognitoDirectory('pool-1', failing('UsernameExistsException'), async () => sent.push('audit')).create(user, audit);
    await expect(taken).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [expect.objectContaining({ path: 'input.username', key: 'validation.username_taken' })],
      },
    });
    expect(sent).toEqual([]);
  });

  it('resets a password, or re-sends the invitation of an account that never signed in', async () => {
    for (const [status, expected] of [
      ['CONFIRMED', 'AdminResetUserPassword'],
      ['FORCE_CHANGE_PASSWORD', 'AdminCreateUser'],
    ] as const) {
      const { client, sent } = recorder({ AdminGetUser: { UserStatus: status } });
      expect(
        await cognitoDirectory('pool-1', client, async () => sent.push({ command: 'audit', input: null })).resetPassword('ana', audit),
      ).toBeNull();
      expect(sent.map((s) => s.command)).toEqual(['AdminGetUser', expected, 'audit']);
      if (expected === 'AdminCreateUser') expect(sent[1]!.input).toMatchObject({ Username: 'ana', MessageAction: 'RESEND' });
    }
  });

  it('moves the user between groups when the role changes', async () => {
    const { client, sent } = recorder({ AdminGetUser: { Enabled: true, UserAttributes: [{ Name: 'custom:role', Value: 'staff' }] } });
    await cognitoDirectory('pool-1', client, async () => sent.push({ command: 'audit', input: null })).update(
      'ana',
      { role: 'admin' },
      audit,
    );
    expect(sent.map((s) => s.command)).toEqual([
      'AdminGetUser',
      'AdminUpdateUserAttributes',
      'AdminAddUserToGroup',
      'AdminRemoveUserFromGroup',
      'audit',
    ]);
    expect(sent[3]!.input.GroupName).toBe('staff');
  });
});
