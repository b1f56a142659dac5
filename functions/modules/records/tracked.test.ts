import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RequestContext } from '#platform/context';
import { created, requestHash } from '#modules/records/tracked';

// Offline: the fingerprint a retried create is recognised by, and the stamp of a new record.

/** The same value with the keys of every object, at every depth, in another order. */
function reorder(value: unknown, rank: (key: string) => number): unknown {
  if (Array.isArray(value)) return value.map((v) => reorder(v, rank));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => rank(a) - rank(b))
        .map(([k, v]) => [k, reorder(v, rank)]),
    );
  }
  return value;
}

/** Input-like values: keys are field names, as zod hands them to the services. */
const fieldName = fc.stringMatching(/^[a-z][A-Za-z0-9]{0,8}$/);
const input = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.array(tie('value'), { maxLength: 3 }),
    tie('object'),
  ),
  object: fc.dictionary(fieldName, tie('value'), { maxKeys: 5 }),
})).object;

describe('requestHash', () => {
  it('does not depend on the order of keys, at any depth', () => {
    expect(requestHash({ a: 1, b: { c: 'x', d: [1, { e: 2, f: 3 }] } })).toBe(requestHash({ b: { d: [1, { f: 3, e: 2 }], c: 'x' }, a: 1 }));
    fc.assert(
      fc.property(input, fc.func(fc.integer()), (value, rank) => {
        expect(requestHash(reorder(value, rank))).toBe(requestHash(value));
      }),
    );
  });

  it('ignores keys whose value is null or undefined (an omitted optional field)', () => {
    const h = requestHash({ name: 'Fundación', notes: 'x' });
    expect(requestHash({ name: 'Fundación', notes: 'x', email: null })).toBe(h);
    expect(requestHash({ email: undefined, name: 'Fundación', notes: 'x' })).toBe(h);
    expect(requestHash({ name: 'Fundación', notes: 'x', contact: { phone: null } })).toBe(
      requestHash({ name: 'Fundación', notes: 'x', contact: {} }),
    );
  });

  it('differs for different values, types, keys or list orders', () => {
    const base = { name: 'A', value: 10, codes: ['1', '2'] };
    const variants = [
      base,
      { ...base, name: 'B' },
      { ...base, value: 11 },
      { ...base, value: '10' },
      { ...base, codes: ['2', '1'] },
      { ...base, codes: ['1'] },
      { ...base, extra: 0 },
      { ...base, extra: false },
      { ...base, extra: '' },
      { nam: 'A', value: 10, codes: ['1', '2'] },
    ];
    expect(new Set(variants.map(requestHash)).size).toBe(variants.length);
  });

  it('differs whenever the canonical values differ', () => {
    fc.assert(
      fc.property(input, input, (a, b) => {
        const sortedJson = (v: unknown): string =>
          JSON.stringify(v, (_, x) =>
            x && typeof x === 'object' && !Array.isArray(x)
              ? Object.fromEntries(Object.entries(x).sort(([k1], [k2]) => (k1 < k2 ? -1 : k1 > k2 ? 1 : 0)))
              : x,
          );
        fc.pre(sortedJson(a) !== sortedJson(b));
        expect(requestHash(a)).not.toBe(requestHash(b));
      }),
    );
  });

  it('is a short url-safe digest', () => {
    expect(requestHash({ a: 1 })).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});

describe('created', () => {
  it('stamps version 1, the request clock and caller, and the input fingerprint', () => {
    const now = new Date('2007-03-15T10:20:30.000Z');
    const ctx = {
      identity: { username: 'staff', displayName: 'Staff', role: 'staff', organizationId: null, programIds: [] },
      requestId: 'r',
      now,
    } as unknown as RequestContext;
    const input = { title: 'Convenio', codes: ['1'] };
    expect(created(ctx, input)).toEqual({
      version: 1,
      createdAt: '2007-03-15T10:20:30.000Z',
      updatedAt: '2007-03-15T10:20:30.000Z',
      createdBy: 'staff',
      requestHash: requestHash(input),
    });
  });
});
