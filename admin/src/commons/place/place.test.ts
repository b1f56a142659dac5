import { describe, expect, it } from 'vitest';
import { cantonChoices, isHomeCountry, isOtherCountry, placeText, provinceChoices } from './place.ts';

describe('place helpers', () => {
  it('writes a place in one line: canton and province in Ecuador, city and country abroad', () => {
    expect(placeText({ country: 'EC', provinceCode: '07', cantonCode: '0701' }, 'es')).toBe('Machala, El Oro');
    expect(placeText({ country: 'EC', provinceCode: '18', cantonCode: '1802', locality: 'Runtún' }, 'es')).toBe(
      'Runtún, Baños de Agua Santa, Tungurahua',
    );
    expect(placeText({ country: 'EC', provinceCode: '12' }, 'en')).toBe('Los Ríos');
    expect(placeText({ country: 'PE', locality: 'Lima' }, 'es')).toBe('Lima, Perú');
    expect(placeText({ country: 'PE', locality: 'Lima' }, 'en')).toBe('Lima, Peru');
    expect(placeText({ country: 'CO' }, 'es')).toBe('Colombia');
  });

  it("gives '' for no place and shows unknown codes as they are", () => {
    expect(placeText(null, 'es')).toBe('');
    expect(placeText({ country: 'EC' }, 'es')).toBe('');
    expect(placeText({ country: 'EC', provinceCode: '07', cantonCode: '0799' }, 'es')).toBe('0799, El Oro');
  });

  it('offers the provinces by name and only the chosen province’s cantons', () => {
    expect(provinceChoices).toHaveLength(24);
    expect(provinceChoices[0]).toEqual({ id: '01', name: 'Azuay' });
    expect(provinceChoices.map((c) => c.name)).toContain('Santo Domingo de los Tsáchilas');
    const elOro = cantonChoices('07');
    expect(elOro).toHaveLength(14);
    expect(elOro.every((c) => c.id.startsWith('07'))).toBe(true);
    expect(elOro.map((c) => c.name)).toContain('Machala');
    expect(elOro.map((c) => c.name)).not.toContain('Cuenca');
    expect(cantonChoices(null)).toEqual([]);
    expect(cantonChoices('')).toEqual([]);
  });

  it('tells Ecuador (also when no country is typed yet) from a complete other code', () => {
    expect(isHomeCountry('EC')).toBe(true);
    expect(isHomeCountry(' ec ')).toBe(true);
    expect(isHomeCountry(undefined)).toBe(true);
    expect(isHomeCountry('PE')).toBe(false);
    expect(isOtherCountry('pe')).toBe(true);
    expect(isOtherCountry('P')).toBe(false);
    expect(isOtherCountry('EC')).toBe(false);
    expect(isOtherCountry('')).toBe(false);
  });
});
