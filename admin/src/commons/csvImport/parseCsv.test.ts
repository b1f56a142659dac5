import { describe, expect, it } from 'vitest';
import { decodeCsv, parseCsv } from './parseCsv.ts';

const cells = (text: string) => parseCsv(text).rows.map((r) => r.cells);

describe('parseCsv', () => {
  it('splits commas and keeps empty cells', () => {
    expect(cells('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('takes the separator of the header row: semicolons as Spanish Excel writes them', () => {
    const parsed = parseCsv('nombre;ciudad;notas\nFundación A;Quito;12,5 km\n');
    expect(parsed.separator).toBe(';');
    expect(parsed.rows[1]!.cells).toEqual(['Fundación A', 'Quito', '12,5 km']);
  });

  it('reads tabs when the header is tab-separated', () => {
    expect(cells('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('does not count separators inside a quoted header cell', () => {
    expect(parseCsv('"a;b",c,d\n1,2,3').separator).toBe(',');
  });

  it('unquotes cells holding separators, doubled quotes and line breaks', () => {
    const text = 'name,notes\n"Casa ""La Esperanza"", Quito","line one\nline two; with, marks"\n';
    expect(cells(text)).toEqual([
      ['name', 'notes'],
      ['Casa "La Esperanza", Quito', 'line one\nline two; with, marks'],
    ]);
  });

  it('drops a UTF-8 BOM so the first header matches', () => {
    expect(cells('\ufeffname,kind\nA,NGO')[0]).toEqual(['name', 'kind']);
  });

  it('handles CRLF and a last row without a line break', () => {
    expect(cells('a;b\r\n1;2\r\n3;4')).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('numbers rows as a spreadsheet does: blank rows count, quoted line breaks do not', () => {
    const parsed = parseCsv('name,notes\n"A","x\ny"\n\n,\nB,z\n');
    expect(parsed.rows.map((r) => [r.cells[0], r.row])).toEqual([
      ['name', 1],
      ['A', 2],
      ['B', 5],
    ]);
  });

  it('returns no rows for an empty file', () => {
    expect(parseCsv('').rows).toEqual([]);
    expect(parseCsv('\ufeff\n\n').rows).toEqual([]);
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8, and Windows-1252 when the bytes are not UTF-8 (Excel "CSV" on Spanish Windows)', () => {
    expect(decodeCsv(new TextEncoder().encode('Fundación Niñez'))).toBe('Fundación Niñez');
    expect(decodeCsv(new Uint8Array([0x46, 0x75, 0x6e, 0x64, 0x61, 0x63, 0x69, 0xf3, 0x6e, 0x20, 0x4e, 0x69, 0xf1, 0x65, 0x7a]))).toBe(
      'Fundación Niñez',
    );
  });
});
