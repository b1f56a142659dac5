import { describe, expect, it } from 'vitest';
import { placeResolvers } from '#modules/place/resolvers';

type FieldResolver = (parent: unknown) => unknown;
const field = (name: 'provinceName' | 'cantonName') => (placeResolvers.Place as Record<string, FieldResolver>)[name] as FieldResolver;

describe('Place field resolvers', () => {
  it('names the province and canton from their codes', () => {
    const place = { country: 'EC', provinceCode: '07', cantonCode: '0701' };
    expect(field('provinceName')(place)).toBe('El Oro');
    expect(field('cantonName')(place)).toBe('Machala');
  });

  it('gives null for no or an unknown code (abroad, or an old record)', () => {
    expect(field('provinceName')({ country: 'PE', locality: 'Lima' })).toBeNull();
    expect(field('cantonName')({ country: 'EC', provinceCode: '07', cantonCode: '0799' })).toBeNull();
  });
});
