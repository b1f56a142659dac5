import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { GraphQLError } from 'graphql';
import { createContext } from '#platform/context';
import { MAX_CURSOR_LENGTH, openCursor, sealCursor, setCursorSecret } from '#platform/cursor';

const who = (username: string) =>
  createContext({ username, displayName: username, role: 'staff', organizationId: null, programIds: [] }, 'r');
const ana = who('ana');
const list = 'organizations:byKind:NGO';
// What ElectroDB hands out: base64url JSON of the last evaluated key.
const electro = Buffer.from(
  JSON.stringify({ pk: '$ruta#organization', sk: '$organization_1#id_org-1', gsi1pk: 'x', gsi1sk: 'y' }),
).toString('base64url');

function refusal(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    const err = e as GraphQLError;
    return { code: err.extensions.code, fields: (err.extensions.fields as { path: string }[]).map((p) => p.path) };
  }
  return 'accepted';
}
const REFUSED = { code: 'BAD_USER_INPUT', fields: ['after'] };

afterEach(() => setCursorSecret(undefined));

describe('paging cursors are sealed for one list and one caller (issue 8.3)', () => {
  it('opens what it sealed, for the same list and caller', () => {
    const sealed = sealCursor(ana, list, electro)!;
    expect(sealed).not.toBe(electro);
    expect(openCursor(ana, list, sealed)).toBe(electro);
  });

  it('the end of a list is null, and no `after` (or an empty one) is the first page', () => {
    expect(sealCursor(ana, list, null)).toBeNull();
    expect(openCursor(ana, list, null)).toBeNull();
    expect(openCursor(ana, list, undefined)).toBeNull();
    expect(openCursor(ana, list, '')).toBeNull();
  });

  it('refuses a cursor of another list, another filter of the same list, or another caller', () => {
    const sealed = sealCursor(ana, list, electro)!;
    expect(refusal(() => openCursor(ana, 'partnerAgreements:byStatus', sealed))).toEqual(REFUSED);
    expect(refusal(() => openCursor(ana, 'organizations:byKind:DONOR', sealed))).toEqual(REFUSED);
    expect(refusal(() => openCursor(who('bob'), list, sealed))).toEqual(REFUSED);
  });

  it.each([
    ["the bare ElectroDB cursor (any base64 JSON object: the issue's 500)", electro],
    ['a home-made key', Buffer.from(JSON.stringify({ pk: 'anything', sk: 'x'.repeat(5000) })).toString('base64url')],
    ['garbage', 'not-a-cursor'],
    ['a dot only', '.'],
    ['a tag only', '.AAAA'],
    ['an over-long cursor', 'a'.repeat(MAX_CURSOR_LENGTH + 1)],
    ['unicode', 'ñ😀.ñ😀'],
  ])('refuses %s', (_, after) => {
    expect(refusal(() => openCursor(ana, list, after))).toEqual(REFUSED);
  });

  it('refuses a sealed cursor with its payload or its tag edited', () => {
    const sealed = sealCursor(ana, list, electro)!;
    const [payload, tag] = sealed.split('.') as [string, string];
    const other = Buffer.from(JSON.stringify({ pk: '$ruta#program', sk: 'z' })).toString('base64url');
    expect(refusal(() => openCursor(ana, list, `${other}.${tag}`))).toEqual(REFUSED);
    expect(refusal(() => openCursor(ana, list, `${payload}.${tag.slice(0, -2)}`))).toEqual(REFUSED);
    expect(refusal(() => openCursor(ana, list, `${payload}.${tag}A`))).toEqual(REFUSED);
    expect(refusal(() => openCursor(ana, list, `${payload}x.${tag}`))).toEqual(REFUSED);
  });

  it('a cursor sealed under another key (a rotated secret, another deployment) is refused', () => {
    setCursorSecret('a'.repeat(32));
    const sealed = sealCursor(ana, list, electro)!;
    expect(openCursor(ana, list, sealed)).toBe(electro);
    setCursorSecret('b'.repeat(32));
    expect(refusal(() => openCursor(ana, list, sealed))).toEqual(REFUSED);
  });

  it("reads the key from CURSOR_SECRET, so every Lambda instance opens every other's cursors", () => {
    const before = process.env.CURSOR_SECRET;
    try {
      process.env.CURSOR_SECRET = 's'.repeat(40);
      setCursorSecret(undefined);
      const sealed = sealCursor(ana, list, electro)!;
      setCursorSecret(undefined); // a "new instance": reads the environment again
      expect(openCursor(ana, list, sealed)).toBe(electro);
    } finally {
      if (before === undefined) delete process.env.CURSOR_SECRET;
      else process.env.CURSOR_SECRET = before;
    }
  });

  it('property: any string is either the first page, a cursor we sealed, or BAD_USER_INPUT — never an exception of another kind', () => {
    const sealed = sealCursor(ana, list, electro)!;
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.base64String(),
          fc.constant(sealed),
          fc.string().map((s) => `${s}.${sealed.split('.')[1]}`),
          fc
            .integer({ min: 0, max: sealed.length - 1 })
            .chain((i) => fc.string({ minLength: 1, maxLength: 1 }).map((c) => sealed.slice(0, i) + c + sealed.slice(i + 1))),
        ),
        (after) => {
          const r = refusal(() => openCursor(ana, list, after));
          if (r === 'accepted') expect(after === '' || after === sealed).toBe(true);
          else expect(r).toEqual(REFUSED);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('works for any store cursor, e.g. a Cognito pagination token', () => {
    const token = 'eyJ...+/=ñ';
    expect(openCursor(ana, 'users', sealCursor(ana, 'users', token))).toBe(token);
  });
});
