import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminResetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
  type AttributeType,
} from '@aws-sdk/client-cognito-identity-provider';
import { ROLES, type Role } from '@ruta/schema/policy';
import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';
import { logger } from '#platform/logger';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';
import type { DirectoryUser, UserChanges, UserDirectory } from '#modules/user/directory';

type Send = Pick<CognitoIdentityProviderClient, 'send'>;

/**
 * Cognito as the directory. The role is both the group (what ID tokens carry as cognito:groups) and
 * a `custom:role` attribute, so listing users needs no call per user. Organization and programs are
 * the custom attributes the handler reads from tokens. Cognito e-mails temporary passwords itself.
 */
export function cognitoDirectory(
  userPoolId: string,
  client: Send = new CognitoIdentityProviderClient({}),
  writeAudit: (audit: AuditRecord) => Promise<unknown> = (audit) => AuditEvent.create(audit).go(),
): UserDirectory {
  const attr = (attrs: AttributeType[] | undefined, name: string) => attrs?.find((a) => a.Name === name)?.Value;
  const toUser = (username: string, attrs: AttributeType[] | undefined, enabled: boolean | undefined, created?: Date): DirectoryUser => ({
    username,
    displayName: attr(attrs, 'name') ?? username,
    email: attr(attrs, 'email') ?? null,
    role: (ROLES.find((r) => r === attr(attrs, 'custom:role')) ?? 'partner') as Role,
    organizationId: attr(attrs, 'custom:organizationId') ?? null,
    programIds: (attr(attrs, 'custom:programIds') ?? '').split(',').filter(Boolean),
    disabled: enabled === false,
    createdAt: created?.toISOString() ?? null,
  });
  const attributes = (c: UserChanges): AttributeType[] =>
    [
      ['name', c.displayName],
      ['email', c.email],
      ['custom:role', c.role],
      ['custom:organizationId', c.organizationId],
      ['custom:programIds', c.programIds?.join(',')],
    ]
      .filter(([, v]) => v !== undefined)
      .map(([Name, v]) => ({ Name: Name as string, Value: (v ?? '') as string }));
  // Cognito cannot share a transaction with DynamoDB: the audit event follows the change.
  const audited = async (audit: AuditRecord) => {
    try {
      await writeAudit(audit);
    } catch (error) {
      logger.error('audit write after a Cognito change failed', { error: error as Error, entityId: audit.entityId });
      throw error;
    }
  };

  return {
    async list(limit, cursor) {
      const r = await client.send(
        new ListUsersCommand({ UserPoolId: userPoolId, Limit: Math.min(limit, 60), PaginationToken: cursor ?? undefined }),
      );
      return {
        users: (r.Users ?? []).map((u) => toUser(u.Username!, u.Attributes, u.Enabled, u.UserCreateDate)),
        cursor: r.PaginationToken ?? null,
      };
    },
    async get(username) {
      try {
        const r = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
        return toUser(username, r.UserAttributes, r.Enabled, r.UserCreateDate);
      } catch (e) {
        if ((e as Error).name === 'UserNotFoundException') return null;
        throw e;
      }
    },
    async create(user, audit) {
      try {
        await client.send(
          new AdminCreateUserCommand({
            UserPoolId: userPoolId,
            Username: user.username,
            UserAttributes: [...attributes(user), ...(user.email ? [{ Name: 'email_verified', Value: 'true' }] : [])],
            DesiredDeliveryMediums: ['EMAIL'],
          }),
        );
      } catch (e) {
        if ((e as Error).name === 'UsernameExistsException') throw badInput([problem('input.username', 'validation.username_taken')]);
        throw e;
      }
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.username, GroupName: user.role }));
      await audited(audit);
      return null;
    },
    async update(username, changes, audit) {
      const before = changes.role ? await this.get(username) : null;
      await client.send(
        new AdminUpdateUserAttributesCommand({ UserPoolId: userPoolId, Username: username, UserAttributes: attributes(changes) }),
      );
      if (changes.role && before && before.role !== changes.role) {
        await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: changes.role }));
        await client.send(new AdminRemoveUserFromGroupCommand({ UserPoolId: userPoolId, Username: username, GroupName: before.role }));
      }
      await audited(audit);
    },
    async setDisabled(username, disabled, audit) {
      await client.send(
        disabled
          ? new AdminDisableUserCommand({ UserPoolId: userPoolId, Username: username })
          : new AdminEnableUserCommand({ UserPoolId: userPoolId, Username: username }),
      );
      await audited(audit);
    },
    async resetPassword(username, audit) {
      // Cognito refuses AdminResetUserPassword for an account that never signed in (it still waits for its
      // first password): such an account gets its invitation again, with a new temporary password.
      const { UserStatus } = await client.send(new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }));
      await client.send(
        UserStatus === 'FORCE_CHANGE_PASSWORD'
          ? new AdminCreateUserCommand({
              UserPoolId: userPoolId,
              Username: username,
              MessageAction: 'RESEND',
              DesiredDeliveryMediums: ['EMAIL'],
            })
          : new AdminResetUserPasswordCommand({ UserPoolId: userPoolId, Username: username }),
      );
      await audited(audit);
      return null;
    },
  };
}
