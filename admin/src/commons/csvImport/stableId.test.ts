import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256, stableId } from './stableId.ts';

describe('stableId', () => {
  it('is SHA-256 (checked against node:crypto across padding boundaries and non-ASCII text)', () => {
    for (const text of ['', 'abc', 'x'.repeat(55), 'x'.repeat(56), 'x'.repeat(64), 'Fundación Niñez '.repeat(30)]) {
      expect(Buffer.from(sha256(text)).toString('hex')).toBe(createHash('sha256').update(text).digest('hex'));
    }
  });

  it('gives the same UUID-shaped id for the same text and another for other text', () => {
    expect(stableId('["Organization","A"]')).toBe(stableId('["Organization","A"]'));
    expect(stableId('["Organization","A"]')).not.toBe(stableId('["Organization","B"]'));
    expect(stableId('abc')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
