import { mergeTranslations } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { en, enParts } from './en.ts';
import { es, esParts } from './es.ts';
import { mergeMessages } from './merge.ts';

describe('mergeMessages', () => {
  it('merges like react-admin mergeTranslations: nested keys kept, later parts win, inputs untouched', () => {
    const a = { ra: { action: { save: 'Save', cancel: 'Cancel' } }, list: ['a', 'b'], keep: 'x' };
    const b = { ra: { action: { save: 'Guardar' }, page: { loading: 'Cargando' } }, list: ['c'], extra: undefined };
    const before = JSON.stringify([a, b]);
    const merged = mergeMessages(a, b);
    expect(merged).toEqual(mergeTranslations(a, b));
    expect(merged).toEqual({
      ra: { action: { save: 'Guardar', cancel: 'Cancel' }, page: { loading: 'Cargando' } },
      list: ['c', 'b'],
      keep: 'x',
    });
    expect(JSON.stringify([a, b])).toBe(before);
    expect(merged.ra).not.toBe(a.ra);
  });

  it('gives both languages exactly what mergeTranslations gave them', () => {
    expect(es).toEqual(mergeTranslations(...esParts));
    expect(en).toEqual(mergeTranslations(...enParts));
  });
});
