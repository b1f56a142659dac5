import { describe, expect, it } from 'vitest';
import type { Role } from '@ruta/schema/policy';
import { assertProgramReach, ownedByProgram, reachOf, reaches, type OwnerOf } from '#platform/access';
import type { RequestContext } from '#platform/context';

// Offline: the one place a policy scope turns into a decision about a record.
const ctx = (role: Role, organizationId: string | null = null, programIds: string[] = []) =>
  ({
    identity: { username: role, displayName: role, role, organizationId, programIds },
    requestId: 'r',
    now: new Date(),
  }) as unknown as RequestContext;

const agreementOwner: OwnerOf = {
  organizations: (a) => (a as { partyIds: string[] }).partyIds,
  program: (a) => (a as { programId?: string | null }).programId,
};

describe('reachOf', () => {
  it('reads the scope of the role from the policy', () => {
    expect(reachOf(ctx('staff'), 'Query', 'partnerAgreements')).toEqual({ scope: 'all' });
    expect(reachOf(ctx('partner', 'org-p'), 'Query', 'partnerAgreements')).toEqual({ scope: 'own', organizationId: 'org-p' });
    expect(reachOf(ctx('donor', 'org-d', ['p1', 'p2']), 'Query', 'resultsReport')).toEqual({ scope: 'program', programIds: ['p1', 'p2'] });
  });

  it('is undefined where the role has no rule, and for unknown types and fields', () => {
    expect(reachOf(ctx('partner', 'org-p', ['p1']), 'Query', 'resultsReport')).toBeUndefined();
    expect(reachOf(ctx('donor'), 'Query', 'expenditures')).toBeUndefined();
    expect(reachOf(ctx('admin'), 'Query', 'noSuchField')).toBeUndefined();
    expect(reachOf(ctx('admin'), 'NoSuchType', 'id')).toBeUndefined();
  });
});

describe('reaches', () => {
  const agreement = { partyIds: ['org-a', 'org-b'], programId: 'p1' };

  it('no reach covers nothing; scope all covers everything, even without an owner function', () => {
    expect(reaches(undefined, agreementOwner, agreement)).toBe(false);
    expect(reaches({ scope: 'all' }, undefined, agreement)).toBe(true);
  });

  it("own: only records of which the caller's organization is an owner", () => {
    expect(reaches({ scope: 'own', organizationId: 'org-b' }, agreementOwner, agreement)).toBe(true);
    expect(reaches({ scope: 'own', organizationId: 'org-c' }, agreementOwner, agreement)).toBe(false);
  });

  it('own: a caller without an organization owns nothing, not even a record with a missing owner', () => {
    expect(reaches({ scope: 'own', organizationId: null }, agreementOwner, agreement)).toBe(false);
    const withHole: OwnerOf = { organizations: () => [null, undefined] };
    expect(reaches({ scope: 'own', organizationId: null }, withHole, {})).toBe(false);
  });

  it("program: only records of the caller's programs; a record outside any program is outside every scope", () => {
    expect(reaches({ scope: 'program', programIds: ['p0', 'p1'] }, agreementOwner, agreement)).toBe(true);
    expect(reaches({ scope: 'program', programIds: ['p2'] }, agreementOwner, agreement)).toBe(false);
    expect(reaches({ scope: 'program', programIds: [] }, agreementOwner, agreement)).toBe(false);
    expect(reaches({ scope: 'program', programIds: ['p1'] }, agreementOwner, { ...agreement, programId: null })).toBe(false);
    expect(reaches({ scope: 'program', programIds: [''] }, ownedByProgram, { programId: '' })).toBe(false);
  });

  it("ownOrProgram (donors' agreements): records of the caller's organization and those of its programs, nothing else", () => {
    const reach = (organizationId: string | null, programIds: string[]) => ({ scope: 'ownOrProgram' as const, organizationId, programIds });
    expect(reaches(reach('org-a', []), agreementOwner, agreement)).toBe(true);
    expect(reaches(reach('org-c', ['p1']), agreementOwner, agreement)).toBe(true);
    expect(reaches(reach('org-c', ['p2']), agreementOwner, agreement)).toBe(false);
    expect(reaches(reach(null, ['p2']), agreementOwner, { ...agreement, programId: null })).toBe(false);
    expect(reachOf(ctx('donor', 'org-d', ['p1']), 'Query', 'partnerAgreements')).toEqual(reach('org-d', ['p1']));
    expect(reachOf(ctx('partner', 'org-p', ['p1']), 'Query', 'partnerAgreements')).toEqual({ scope: 'own', organizationId: 'org-p' });
  });

  it('a scope the type has no owner function for is a programming error, not a silent yes or no', () => {
    expect(() => reaches({ scope: 'own', organizationId: 'o' }, ownedByProgram, agreement, 'Program')).toThrow(
      /No organizations owner function for Program/,
    );
    expect(() => reaches({ scope: 'program', programIds: ['p1'] }, { organizations: () => [] }, agreement, 'Organization')).toThrow(
      /No program owner function for Organization/,
    );
  });
});

describe('assertProgramReach', () => {
  it('lets staff through, and donors to their programs only, as NOT_FOUND elsewhere', () => {
    expect(() => assertProgramReach(ctx('staff'), 'resultsReport', 'p9')).not.toThrow();
    expect(() => assertProgramReach(ctx('donor', 'd', ['p1']), 'resultsReport', 'p1')).not.toThrow();
    expect(() => assertProgramReach(ctx('donor', 'd', ['p1']), 'resultsReport', 'p9')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) }),
    );
  });

  it('is FORBIDDEN for a role without the operation', () => {
    expect(() => assertProgramReach(ctx('partner', 'o', ['p1']), 'resultsReport', 'p1')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});
