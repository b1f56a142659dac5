import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.ts';
import { writeCsv } from './writeCsv.ts';

describe('writeCsv', () => {
  const rows = [
    ['Nombre', 'Notas', 'errores'],
    ['Casa "La Esperanza"', 'a; b, c\nsegunda línea', ''],
    [' padded ', 'plain', 'Nombre: Obligatorio'],
  ];

  it('writes a BOM, the given separator, and quotes only cells that need it', () => {
    const text = writeCsv(rows, ';');
    expect(text.startsWith('\ufeffNombre;Notas;errores\r\n')).toBe(true);
    expect(text).toContain('"Casa ""La Esperanza""";"a; b, c\nsegunda línea";\r\n');
    expect(text).toContain('" padded ";plain;Nombre: Obligatorio\r\n');
  });

  it('reads back to the same cells with either separator', () => {
    for (const separator of [';', ','] as const) {
      const parsed = parseCsv(writeCsv(rows, separator));
      expect(parsed.separator).toBe(separator);
      expect(parsed.rows.map((r) => r.cells)).toEqual(rows);
    }
  });
});
