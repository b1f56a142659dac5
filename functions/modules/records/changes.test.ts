import { describe, expect, it } from 'vitest';
import { splitChanges, withoutNulls } from '#modules/records/changes';

describe('splitChanges', () => {
  it('sets given values, removes nulls and leaves absent keys alone', () => {
    expect(splitChanges({ title: 'New', purpose: null, value: undefined, endDate: null, count: 0, note: '' })).toEqual({
      set: { title: 'New', count: 0, note: '' },
      remove: ['purpose', 'endDate'],
    });
  });

  it('keeps falsy values that are not null: 0, false and the empty string are values', () => {
    expect(splitChanges({ a: 0, b: false, c: '' })).toEqual({ set: { a: 0, b: false, c: '' }, remove: [] });
  });

  it('keeps lists and objects as they are, empty ones too', () => {
    const codes = ['1', '2'];
    const { set } = splitChanges({ codes, partyIds: [], modifications: [{ number: 1 }] });
    expect(set).toEqual({ codes: ['1', '2'], partyIds: [], modifications: [{ number: 1 }] });
    expect(set.codes).toBe(codes);
  });

  it('an empty or all-undefined change sets and removes nothing', () => {
    expect(splitChanges({})).toEqual({ set: {}, remove: [] });
    expect(splitChanges({ a: undefined })).toEqual({ set: {}, remove: [] });
  });
});

describe('withoutNulls', () => {
  it('drops null and undefined, keeps every other value', () => {
    expect(withoutNulls({ a: null, b: undefined, c: 0, d: false, e: '', f: [], g: 'x' })).toEqual({ c: 0, d: false, e: '', f: [], g: 'x' });
    expect(Object.keys(withoutNulls({ a: null, b: undefined }))).toEqual([]);
  });

  it('is shallow: nulls inside nested values stay', () => {
    expect(withoutNulls({ m: { x: null }, l: [null] })).toEqual({ m: { x: null }, l: [null] });
  });
});
