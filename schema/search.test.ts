import { describe, expect, it } from 'vitest';
import { allWords, foldText, MAX_SEARCH_WORDS, queryWords, sameName, searchWords } from './search.ts';

describe('search words', () => {
  it('folds accents, case and punctuation the same way everywhere', () => {
    expect(foldText('  Fundación Nuestros JÓVENES ')).toBe('fundacion nuestros jovenes');
    expect(foldText('OIM–MRE')).toBe('oim mre');
    expect(foldText('USAID/Ecuador')).toBe('usaid ecuador');
    expect(foldText('Niñez')).toBe('ninez');
    expect(sameName('Fundación  Quimera', 'fundacion quimera.')).toBe(true);
    expect(sameName('Fundación Quimera', 'Fundación Quimeras')).toBe(false);
  });

  it('indexes each distinct word worth it: no stop words or single letters, at most MAX_SEARCH_WORDS', () => {
    expect(searchWords('Programa Piloto de Albergue — Fundación Quimera')).toEqual([
      'programa',
      'piloto',
      'albergue',
      'fundacion',
      'quimera',
    ]);
    expect(searchWords('Fundación Nuestros Jóvenes', 'FNJ')).toEqual(['fundacion', 'nuestros', 'jovenes', 'fnj']);
    expect(searchWords('Cooperative Agreement 518-A-00-06-00077-00')).toEqual(['cooperative', 'agreement', '518', '00', '06', '00077']);
    const long = Array.from({ length: 30 }, (_, i) => `palabra${i}`).join(' ');
    expect(searchWords(long)).toHaveLength(MAX_SEARCH_WORDS);
    expect(searchWords('de la y el')).toEqual([]);
    // Every word is kept for the later words of a search, stop words too.
    expect(allWords('Fe y Alegría')).toEqual(['fe', 'y', 'alegria']);
  });

  it('looks a search up by its longest word and checks the others on the record', () => {
    expect(queryWords('Quimera')).toEqual({ index: 'quimera', rest: [] });
    expect(queryWords('fund nuestros')).toEqual({ index: 'nuestros', rest: ['fund'] });
    expect(queryWords('OIM – MRE')).toEqual({ index: 'oim', rest: ['mre'] });
    expect(queryWords('de la')).toEqual({ rest: ['de', 'la'] });
    expect(queryWords('a')).toEqual({ rest: ['a'] });
  });
});
