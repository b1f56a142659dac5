import { describe, expect, it } from 'vitest';
import { AuditEvent, FEED_TYPES } from '#modules/audit/entity';

const event = (entityType: string) => ({
  entityType,
  entityId: 'r1',
  id: 'e1',
  at: '2030-03-10T09:00:00.000Z',
  actor: 'staff',
  actorRole: 'staff' as const,
  action: 'UPDATE' as const,
});

describe('AuditEvent feed index', () => {
  it('puts the feed types under their month on gsi1, newest first by time', () => {
    for (const type of FEED_TYPES) {
      const { Item } = AuditEvent.create(event(type)).params({ table: 't' }) as { Item: Record<string, string> };
      expect(Item.month).toBe('2030-03');
      expect(Item.gsi1pk).toMatch(/month_2030-03$/);
      expect(Item.gsi1sk).toContain('at_2030-03-10t09:00:00.000z');
    }
  });

  it('leaves every other type out of the index: no feed keys at all (a sparse index, no catch-all partition)', () => {
    for (const type of ['User', 'Case', 'Person', 'RouteEvent']) {
      expect(FEED_TYPES).not.toContain(type);
      const { Item } = AuditEvent.create(event(type)).params({ table: 't' }) as { Item: Record<string, string> };
      expect(Item).not.toHaveProperty('gsi1pk');
      expect(Item).not.toHaveProperty('gsi1sk');
      // The record's own history still finds it.
      expect(Item.pk).toContain(type.toLowerCase());
    }
  });
});
