import { describe, expect, it } from 'vitest';
import { planList } from '#modules/partnerAgreement/listQuery';

// Offline: which index and key condition a list request turns into, from ElectroDB's .params().
const TODAY = '2026-11-28';
const params = (
  filter: Record<string, unknown>,
  sort?: { field: 'START_DATE' | 'TITLE' | 'END_DATE'; order: 'ASC' | 'DESC' },
): Record<string, any> => {
  const plan = planList({ filter, sort, today: TODAY });
  return {
    ...(plan.query as unknown as { params(o?: object): Record<string, any> }).params({ table: 't' }),
    filtered: plan.filtered,
    order: plan.order,
  };
};

describe('agreement list plan', () => {
  it('no filter: start-date index, newest first, no filter expression', () => {
    const p = params({});
    expect(p.IndexName).toBe('gsi1');
    expect(p.ScanIndexForward).toBeUndefined();
    expect(p.order).toBe('desc');
    expect(p.FilterExpression ?? '').not.toMatch(/status|kind/);
  });

  it('organization filter goes to the party copies and keeps kind/status as filters', () => {
    const p = params({ organizationId: 'org-1', kind: 'MOU', status: 'EXPIRED' });
    expect(p.IndexName).toBe('gsi1');
    expect(Object.values(p.ExpressionAttributeValues)).toEqual(
      expect.arrayContaining(['$ruta#organizationid_org-1', 'MOU', 'ACTIVE', TODAY]),
    );
    expect(p.FilterExpression).toMatch(/#kind/);
    expect(p.filtered).toBe(true);
  });

  it('kind uses its own index, status its own; a date range is a key condition', () => {
    expect(params({ kind: 'CONTRACT' }).IndexName).toBe('gsi3');
    const s = params({ status: 'DRAFT', startFrom: '2007-01-01', startTo: '2007-12-31' });
    expect(s.IndexName).toBe('gsi4');
    expect(s.KeyConditionExpression).toMatch(/BETWEEN/);
    expect(Object.values(s.ExpressionAttributeValues)).toEqual(expect.arrayContaining([expect.stringContaining('2008-01-01')]));
    expect(s.filtered).toBe(false);
  });

  it('title search and title sort use the title index', () => {
    const q = params({ q: 'Convenio Ñ' }, { field: 'TITLE', order: 'ASC' });
    expect(q.IndexName).toBe('gsi2');
    expect(q.KeyConditionExpression).toMatch(/begins_with/);
    expect(Object.values(q.ExpressionAttributeValues)).toEqual(expect.arrayContaining([expect.stringContaining('convenio n')]));
  });

  it("a program's agreements are its program copies: by start date, or by end date for an end-date range", () => {
    const p = params({ programId: 'prog-1', status: 'ACTIVE', startFrom: '2007-01-01' });
    expect(p.IndexName).toBeUndefined();
    expect(p.ExpressionAttributeValues[':pk']).toBe('$ruta#programid_prog-1');
    expect(p.KeyConditionExpression).toMatch(/>=/);
    expect(p.filtered).toBe(true);
    const e = params({ programId: 'prog-1', endFrom: '2026-11-28', endTo: '2027-02-26', status: 'ACTIVE' });
    expect(e.IndexName).toBe('gsi1');
    expect(e.KeyConditionExpression).toMatch(/BETWEEN/);
    expect(Object.values(e.ExpressionAttributeValues)).toEqual(
      expect.arrayContaining([
        '$ruta#programid_prog-1',
        expect.stringContaining('endkey_2026-11-28'),
        expect.stringContaining('endkey_2027-02-27'),
      ]),
    );
    expect(e.order).toBe('asc');
    expect(params({ programId: 'prog-1' }, { field: 'END_DATE', order: 'DESC' }).order).toBe('desc');
    // With an organization, the party copies serve and the program is a filter.
    const o = params({ programId: 'prog-1', organizationId: 'org-1' });
    expect(o.ExpressionAttributeValues[':pk']).toBe('$ruta#organizationid_org-1');
    expect(o.FilterExpression).toMatch(/#programId/);
  });

  it('an exact title (duplicate check) is a key prefix and an equality filter on the title index', () => {
    const p = params({ titleIs: 'Convenio Ñ' });
    expect(p.IndexName).toBe('gsi2');
    expect(p.FilterExpression).toMatch(/#titleKey = /);
    expect(Object.values(p.ExpressionAttributeValues)).toContain('convenio n');
  });

  it.each([
    [{ q: 'x', kind: 'MOU' }, undefined],
    [{ titleIs: 'x', programId: 'p' }, undefined],
    [{ kind: 'MOU' }, { field: 'END_DATE', order: 'ASC' } as const],
    [{ endFrom: '2009-01-01', endTo: '2008-01-01', programId: 'p' }, undefined],
    [{ q: 'x' }, { field: 'START_DATE', order: 'ASC' } as const],
    [{ kind: 'MOU' }, { field: 'TITLE', order: 'ASC' } as const],
    [{ startFrom: '2009-01-01', startTo: '2008-01-01' }, undefined],
  ])('rejects %j sorted %j', (filter, sort) => {
    expect(() => planList({ filter: filter as never, sort, today: TODAY })).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});
