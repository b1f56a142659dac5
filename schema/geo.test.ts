import { describe, expect, it } from 'vitest';
import { CANTONS, cantonName, cantonsOf, isCantonOf, isProvince, PROVINCES, provinceName } from './geo.ts';
import { foldText } from './search.ts';

describe("Ecuador's provinces and cantons", () => {
  it('has the 24 provinces and 221 cantons of INEC, codes unique and well formed', () => {
    expect(PROVINCES).toHaveLength(24);
    expect(CANTONS).toHaveLength(221);
    expect(PROVINCES.map((p) => p.code)).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1).padStart(2, '0')));
    expect(new Set(CANTONS.map((c) => c.code)).size).toBe(221);
    for (const c of CANTONS) expect(c.code).toMatch(/^\d{4}$/);
  });

  it("starts every canton's code with its province's, and every province has cantons, the capital first", () => {
    for (const c of CANTONS) {
      expect(c.code.slice(0, 2), c.name).toBe(c.provinceCode);
      expect(isProvince(c.provinceCode)).toBe(true);
    }
    for (const p of PROVINCES) {
      const own = cantonsOf(p.code);
      expect(own.length, p.name).toBeGreaterThan(0);
      expect(own[0]?.code, p.name).toBe(`${p.code}01`);
    }
    expect(cantonsOf('01')).toHaveLength(15);
    expect(cantonsOf('09')).toHaveLength(25);
    expect(cantonsOf('99')).toEqual([]);
    expect(cantonsOf(undefined)).toEqual([]);
  });

  it('keeps names unique within a province (Bolívar and Olmedo are cantons of several)', () => {
    for (const p of PROVINCES) {
      const names = cantonsOf(p.code).map((c) => foldText(c.name));
      expect(new Set(names).size, p.name).toBe(names.length);
    }
    expect(CANTONS.filter((c) => c.name === 'Bolívar').map((c) => c.provinceCode)).toEqual(['04', '13']);
  });

  it('writes the names with their accents, ñ and Spanish title case', () => {
    expect(PROVINCES.map((p) => p.name)).toEqual(
      expect.arrayContaining([
        'Azuay',
        'Bolívar',
        'Cañar',
        'Los Ríos',
        'Manabí',
        'Galápagos',
        'Sucumbíos',
        'Santo Domingo de los Tsáchilas',
      ]),
    );
    expect(provinceName('12')).toBe('Los Ríos');
    expect(provinceName('23')).toBe('Santo Domingo de los Tsáchilas');
    expect(cantonName('0102')).toBe('Girón');
    expect(cantonName('0104')).toBe('Nabón');
    expect(cantonName('1802')).toBe('Baños de Agua Santa');
    expect(cantonName('2101')).toBe('Lago Agrio');
    expect(cantonName('1301')).toBe('Portoviejo');
    expect(cantonName('0701')).toBe('Machala');
    expect(cantonName('0907')).toBe('Durán');
    expect(cantonName('1808')).toBe('Santiago de Píllaro');
    expect(cantonName('1907')).toBe('Centinela del Cóndor');
    expect(cantonName('2001')).toBe('San Cristóbal');
    expect(cantonName('1705')).toBe('Rumiñahui');
    // Each word capitalised except the particles; no name left in capitals as in INEC's list.
    const particles = new Set(['de', 'del', 'la', 'los', 'las', 'y', 'el']);
    for (const { name } of [...PROVINCES, ...CANTONS]) {
      const words = name.split(' ');
      words.forEach((word, i) => {
        const bare = word.replace(/[()]/g, '');
        if (/^\d+$/.test(bare)) return;
        if (i > 0 && particles.has(bare)) return;
        expect(bare, name).toMatch(/^\p{Lu}[\p{Ll}]+$/u);
      });
    }
  });

  it('finds Quito, the capital, by its name', () => {
    const quito = CANTONS.filter((c) => foldText(c.name).split(' ').includes('quito'));
    expect(quito.map((c) => c.code)).toContain('1701');
    expect(provinceName(cantonsOf('17')[0]?.provinceCode)).toBe('Pichincha');
  });

  it('answers unknown or missing codes with undefined / false', () => {
    expect(provinceName('25')).toBeUndefined();
    expect(provinceName(null)).toBeUndefined();
    expect(cantonName('0199')).toBeUndefined();
    expect(cantonName('')).toBeUndefined();
    expect(isCantonOf('07', '0701')).toBe(true);
    expect(isCantonOf('01', '0701')).toBe(false);
    expect(isCantonOf('07', '0799')).toBe(false);
    expect(isCantonOf(undefined, '0701')).toBe(false);
    expect(isCantonOf('07', null)).toBe(false);
  });
});
