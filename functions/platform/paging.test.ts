import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, MAX_PAGE, pageSize } from '#platform/paging';

describe('pageSize', () => {
  it('defaults to 25 and takes 1–100', () => {
    expect(DEFAULT_PAGE).toBe(25);
    expect(MAX_PAGE).toBe(100);
    expect(pageSize(undefined)).toBe(25);
    expect(pageSize(null)).toBe(25);
    expect(pageSize(1)).toBe(1);
    expect(pageSize(100)).toBe(100);
  });

  it.each([0, -1, 101, 2.5, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s as BAD_USER_INPUT on first', (first) => {
    expect(() => pageSize(first)).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ path: 'first', key: 'validation.invalid' })],
        }),
      }),
    );
  });
});
