import { describe, expect, it } from 'vitest';
import { ROLES } from './policy.ts';
import { fromApiRole, isApiRole, toApiRole } from './roles.ts';

describe('role spelling', () => {
  it('maps every policy role to an API role and back', () => {
    for (const role of ROLES) {
      expect(isApiRole(toApiRole(role))).toBe(true);
      expect(fromApiRole(toApiRole(role))).toBe(role);
    }
    expect(toApiRole('caseworker')).toBe('CASEWORKER');
  });

  it('recognises only the API spelling', () => {
    expect(isApiRole('DONOR')).toBe(true);
    expect(isApiRole('donor')).toBe(false);
    expect(isApiRole('toString')).toBe(false);
    expect(isApiRole(undefined)).toBe(false);
  });
});
