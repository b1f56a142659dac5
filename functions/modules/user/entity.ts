import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { ROLES } from '@ruta/schema/policy';

/**
 * Users of the local token issuer (in AWS, Cognito holds them): looked up by username at login,
 * listed by username for the admin. The password is stored as a scrypt hash.
 */
export const User = bind(
  new Entity({
    model: { entity: 'user', version: '1', service: 'ruta' },
    attributes: {
      username: { type: 'string', required: true, readOnly: true },
      displayName: { type: 'string', required: true },
      email: { type: 'string' },
      role: { type: ROLES, required: true },
      organizationId: { type: 'string' },
      programIds: { type: 'list', items: { type: 'string' } },
      passwordHash: { type: 'string', required: true },
      disabled: { type: 'boolean', default: false },
      /** Set by an administrator's create or reset: like Cognito, the password is temporary until changed. */
      temporaryUntil: { type: 'string' },
      createdAt: { type: 'string', required: true },
    },
    indexes: {
      byUsername: { pk: { field: 'pk', composite: ['username'] }, sk: { field: 'sk', composite: [] } },
      /** The admin's user list, sorted by username. */
      all: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['username'] } },
    },
  }),
);

export type UserRecord = EntityItem<typeof User>;
