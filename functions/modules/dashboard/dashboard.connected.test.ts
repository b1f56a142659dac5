import { describe, expect, it } from 'vitest';
import { createContext } from '#platform/context';
import { identity, onlyError } from '#test/harness';
import { useProgramFixture } from '#test/programFixture';
import { FEED_TYPES } from '#modules/audit/entity';
import { auditStep } from '#modules/audit/service';
import { transact } from '#platform/transact';

const COUNTS = 'query($p: ID!) { agreementStatusCounts(programId: $p) { status count } }';
const RECENT = `query($first: Int, $after: String) { recentChanges(first: $first, after: $after) {
  nodes { id at actor actorRole action entityType entityId versionBefore versionAfter } pageInfo { hasNextPage endCursor } } }`;
const m = {
  agreement: 'mutation($i: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $i) { id version status } }',
  updateAgreement: 'mutation($i: UpdatePartnerAgreementInput!) { updatePartnerAgreement(input: $i) { id version status } }',
  org: 'mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id version } }',
  updateOrg: 'mutation($i: UpdateOrganizationInput!) { updateOrganization(input: $i) { id version } }',
};

const fx = useProgramFixture();
const admin = identity('admin', 'org-iom', 'boss');
const caseworker = identity('caseworker', 'org-iom');
const donor = () => ({ ...identity('donor', fx.donorOrg), programIds: ['p-dash'] });
const partner = () => ({ ...identity('partner', fx.partnerOrg), programIds: ['p-dash'] });

/** "Today" for the status counts: mid-2008, inside the fixture program's period. */
const TODAY = new Date('2008-06-15T12:00:00Z');

const counts = (rows: { status: string; count: number }[]) => Object.fromEntries(rows.map((r) => [r.status, r.count]));

describe('agreementStatusCounts', () => {
  it("counts a program's agreements by status (EXPIRED derived from the end date) in one request", async () => {
    await fx.newProgram('p-dash');
    await fx.newProgram('p-other');
    const agreement = (programId: string | null, title: string, status: string, endDate?: string) =>
      fx.ok(m.agreement, {
        i: {
          programId,
          kind: 'MOU',
          title,
          partyIds: [fx.implementer, fx.partnerOrg],
          startDate: '2007-01-10',
          ...(endDate ? { endDate } : {}),
          status,
        },
      });
    // What the test expects is computed from what it creates, with the same "today".
    const made = [
      ['p-dash', 'Draft', 'DRAFT', undefined],
      ['p-dash', 'Running', 'ACTIVE', '2009-01-31'],
      ['p-dash', 'Open-ended', 'ACTIVE', undefined],
      ['p-dash', 'Ended', 'ACTIVE', '2008-01-31'],
      ['p-dash', 'Stopped', 'TERMINATED', '2008-12-31'],
      ['p-other', 'Elsewhere', 'ACTIVE', '2009-01-31'],
      [null, 'No program', 'ACTIVE', '2009-01-31'],
    ] as const;
    const created = [];
    for (const [p, title, status, end] of made) created.push(await agreement(p, title, status, end));
    const expected: Record<string, number> = { DRAFT: 0, ACTIVE: 0, EXPIRED: 0, TERMINATED: 0 };
    for (const [p, , status, end] of made) {
      if (p !== 'p-dash') continue;
      const effective = status === 'ACTIVE' && end && end < '2008-06-15' ? 'EXPIRED' : status;
      expected[effective]! += 1;
    }

    const r = await fx.api.gql(fx.staff, COUNTS, { p: 'p-dash' }, TODAY);
    expect(r.errors).toBeUndefined();
    expect(r.data!.agreementStatusCounts.map((c: { status: string }) => c.status)).toEqual(['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED']);
    expect(counts(r.data!.agreementStatusCounts)).toEqual(expected);
    expect(r.requests).toBe(1);

    // The counts follow the agreements: the draft is signed, the running one moves to the other program.
    const [draft, running] = created;
    await fx.ok(m.updateAgreement, { i: { id: draft!.id, version: draft!.version, status: 'ACTIVE', endDate: '2009-05-31' } });
    await fx.ok(m.updateAgreement, { i: { id: running!.id, version: running!.version, programId: 'p-other' } });
    const after = await fx.api.gql(fx.staff, COUNTS, { p: 'p-dash' }, TODAY);
    expect(counts(after.data!.agreementStatusCounts)).toEqual({
      ...expected,
      DRAFT: expected.DRAFT! - 1,
      ACTIVE: expected.ACTIVE! + 1 - 1,
    });
    // Admin reads the same; a program without agreements counts zeros.
    const byAdmin = await fx.api.gql(admin, COUNTS, { p: 'p-dash' }, TODAY);
    expect(byAdmin.data).toEqual(after.data);
    const empty = await fx.api.gql(admin, COUNTS, { p: 'p-none' }, TODAY);
    expect(Object.values(counts(empty.data!.agreementStatusCounts))).toEqual([0, 0, 0, 0]);
  });

  it('is for staff and admin only; a bad id is a typed error', async () => {
    for (const who of [donor(), partner(), caseworker]) {
      const r = await fx.api.gql(who, COUNTS, { p: 'p-dash' }, TODAY);
      expect(onlyError(r).extensions?.code, who.role).toBe('FORBIDDEN');
      expect(r.requests).toBe(0);
    }
    const bad = await fx.api.gql(fx.staff, COUNTS, { p: 'Not An Id!' }, TODAY);
    const e = onlyError(bad);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.fields).toEqual([expect.objectContaining({ path: 'programId', key: 'validation.invalid_id' })]);
    expect(bad.requests).toBe(0);
  });
});

describe('recentChanges', () => {
  // Changes made "in" March 2030, so this describe's events have months of their own.
  const MARCH = new Date('2030-03-10T09:00:00Z');
  const later = (minutes: number) => new Date(MARCH.getTime() + minutes * 60_000);

  it('lists the latest changes across records, newest first, at most two requests a page', async () => {
    const made: { type: string; id: string; action: string; version: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const o = await fx.api.gql<any>(fx.staff, m.org, { i: { name: `Recent ${i}`, kind: 'NGO', country: 'EC' } }, later(i * 2));
      made.push({ type: 'Organization', id: o.data.createOrganization.id, action: 'CREATE', version: 1 });
      const u = await fx.api.gql<any>(
        admin,
        m.updateOrg,
        { i: { id: o.data.createOrganization.id, version: 1, notes: 'seen' } },
        later(i * 2 + 1),
      );
      expect(u.errors).toBeUndefined();
      made.push({ type: 'Organization', id: o.data.createOrganization.id, action: 'UPDATE', version: 2 });
    }
    // An event of a type outside the feed (a case, later): written like any other, never listed.
    await transact([auditStep(createContext(fx.staff, 'case-req', later(10)), 'UPDATE', 'Case', 'case-1', { before: 1, after: 2 })]);
    expect(FEED_TYPES).not.toContain('Case');

    const newestFirst = [...made].reverse();
    const r = await fx.api.gql(fx.staff, RECENT, { first: 4 }, later(30));
    expect(r.errors).toBeUndefined();
    const page = r.data!.recentChanges;
    expect(page.nodes.map((n: any) => [n.entityType, n.entityId, n.action, n.versionAfter])).toEqual(
      newestFirst.slice(0, 4).map((e) => [e.type, e.id, e.action, e.version]),
    );
    expect(page.nodes[0]).toMatchObject({ actor: 'boss', actorRole: 'ADMIN' });
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(r.requests).toBeLessThanOrEqual(2);

    const next = await fx.api.gql(fx.staff, RECENT, { first: 4, after: page.pageInfo.endCursor }, later(30));
    expect(next.errors).toBeUndefined();
    expect(next.data!.recentChanges.nodes.map((n: any) => [n.entityId, n.action])).toEqual(
      newestFirst.slice(4).map((e) => [e.id, e.action]),
    );
    expect(next.requests).toBeLessThanOrEqual(2);
    const all = [...page.nodes, ...next.data!.recentChanges.nodes];
    expect(all.every((n: any) => FEED_TYPES.includes(n.entityType))).toBe(true);
    expect(all.some((n: any) => n.entityType === 'Case')).toBe(false);
  });

  it("reads the month before when this month's page runs out, and ends 12 months back", async () => {
    // In April nothing changed: the page reads April (empty) and March.
    const april = new Date('2030-04-20T10:00:00Z');
    const r = await fx.api.gql(admin, RECENT, { first: 2 }, april);
    expect(r.errors).toBeUndefined();
    expect(r.data!.recentChanges.nodes).toHaveLength(2);
    expect(r.data!.recentChanges.nodes.every((n: any) => new Date(n.at).toISOString().startsWith('2030-03'))).toBe(true);
    expect(r.requests).toBe(2);

    // A year and more later, March 2030 is past the horizon: pages walk back through empty months and end.
    let after: string | null = null;
    let pages = 0;
    const seen: unknown[] = [];
    do {
      const p: any = await fx.api.gql(admin, RECENT, { first: 5, after }, new Date('2031-03-15T10:00:00Z'));
      expect(p.errors).toBeUndefined();
      expect(p.requests).toBeLessThanOrEqual(2);
      seen.push(...p.data.recentChanges.nodes);
      after = p.data.recentChanges.pageInfo.endCursor;
      pages++;
    } while (after && pages < 20);
    expect(after).toBeNull();
    expect(pages).toBeLessThanOrEqual(6);
    expect(seen).toEqual([]);
  });

  it('is for staff and admin only; a cursor of another list or caller is refused', async () => {
    for (const who of [donor(), partner(), caseworker]) {
      const r = await fx.api.gql(who, RECENT, { first: 5 }, later(30));
      expect(onlyError(r).extensions?.code, who.role).toBe('FORBIDDEN');
      expect(r.requests).toBe(0);
    }
    const staffPage = await fx.api.gql(fx.staff, RECENT, { first: 1 }, later(30));
    const cursor = staffPage.data!.recentChanges.pageInfo.endCursor;
    const stolen = await fx.api.gql(admin, RECENT, { first: 1, after: cursor }, later(30));
    expect(onlyError(stolen).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const other = await fx.api.gql(
      fx.staff,
      'query($a: String) { auditEvents(entityType: "Organization", entityId: "x", after: $a) { nodes { id } } }',
      {
        a: cursor,
      },
    );
    expect(onlyError(other).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const tooMany = await fx.api.gql(fx.staff, RECENT, { first: 101 }, later(30));
    expect(onlyError(tooMany).extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
