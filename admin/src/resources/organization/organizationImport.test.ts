import { describe, expect, it } from 'vitest';
import { mapRows } from '../../commons/csvImport/mapRows.ts';
import { parseCsv } from '../../commons/csvImport/parseCsv.ts';
import { organizationImport } from './organizationImport.ts';

const map = (text: string) => mapRows(parseCsv(text), organizationImport);

describe('organization import mapping', () => {
  it('reads the columns the list export writes, ignoring what only the server keeps', () => {
    const file = map(
      'id,name,acronym,kind,country,province,city,contactPerson,email,phone,notes,agreementCount,createdAt,updatedAt\n' +
        'org-1,Fundación A,FA,NGO,ec,Pichincha,Quito,Ana,ana@example.org,099,,3,2025-01-01T00:00:00Z,2025-01-02T00:00:00Z\n',
    );
    expect(file.unknownHeaders).toEqual([]);
    expect(file.rows[0]!.errors).toEqual([]);
    expect(file.rows[0]!.input).toMatchObject({
      id: 'org-1',
      name: 'Fundación A',
      acronym: 'FA',
      kind: 'NGO',
      country: 'EC',
      city: 'Quito',
      email: 'ana@example.org',
      notes: null,
    });
  });

  it('reads Spanish and English form labels and kinds by their translated names', () => {
    const es = map('Nombre;Tipo;Ciudad;Correo electrónico\nCasa Refugio;Casa de acogida;Quito;\n');
    expect(es.rows[0]!.input).toMatchObject({ name: 'Casa Refugio', kind: 'SHELTER', city: 'Quito', country: 'EC', email: null });
    expect(es.columnOf).toMatchObject({ name: 'Nombre', kind: 'Tipo' });
    const en = map('Name,Kind,Country,Contact person\nMinistry X,ministry,PE,Luis\n');
    expect(en.rows[0]!.input).toMatchObject({ name: 'Ministry X', kind: 'MINISTRY', country: 'PE', contactPerson: 'Luis' });
  });

  it('reports each invalid cell with its row and field, and lists unknown columns', () => {
    const file = map('name,kind,email,Fax\n,NGO,x\nB,Alien,\nC,NGO,c@example.org\n');
    expect(file.unknownHeaders).toEqual(['Fax']);
    expect(file.rows.map((r) => [r.row, r.errors])).toEqual([
      [
        2,
        [
          { field: 'name', key: 'validation.required' },
          { field: 'email', key: 'validation.invalid_email' },
        ],
      ],
      [3, [{ field: 'kind', key: 'validation.invalid' }]],
      [4, []],
    ]);
    expect(file.rows.filter((r) => r.input)).toHaveLength(1);
  });

  it('gives a row without an id the same id on every import, and other rows other ids', () => {
    const text = 'name,kind\nA,NGO\nB,NGO\n';
    const [a, b] = map(text).rows;
    expect(a!.input!.id).toBe(map(text).rows[0]!.input!.id);
    expect(a!.input!.id).not.toBe(b!.input!.id);
    // Moving the row, padding a cell or writing the kind's label instead of its code: the same organization.
    expect(map('Tipo;Nombre\nONG / fundación; A \n').rows[0]!.input!.id).toBe(a!.input!.id);
  });

  it('flags a row repeating an earlier one instead of sending it twice', () => {
    const file = map('name,kind\nA,NGO\nB,NGO\nA,NGO\n');
    expect(file.rows[2]!.input).toBeUndefined();
    expect(file.rows[2]!.errors).toEqual([{ key: 'ruta.import.errors.duplicate_row', args: { row: 2 } }]);
  });

  it('flags a row naming the same organization as an earlier one (case, accents, punctuation ignored)', () => {
    const file = map('name,kind,city\nFundación Quimera,NGO,Machala\nFUNDACION QUIMERA.,NGO,Quito\nFundación Quimeras,NGO,\n');
    expect(file.rows.map((r) => [r.row, r.errors])).toEqual([
      [2, []],
      [3, [{ key: 'ruta.import_existing.duplicate_name', args: { row: 2 } }]],
      [4, []],
    ]);
  });

  it('reports a missing required column on every row', () => {
    const file = map('acronym\nFA\n');
    expect(file.rows[0]!.errors.map((e) => e.field)).toEqual(['name', 'kind']);
  });
});

describe('organization export → import', () => {
  it('reads back what the Spanish and English list exports write: country names, kind labels, escaped formulas', async () => {
    const { buildCsv } = await import('../../commons/export/csvExport.ts');
    const { columnsOf } = await import('../../commons/export/listExporter.ts');
    const { es } = await import('../../i18n/es.ts');
    const { en } = await import('../../i18n/en.ts');
    const polyglot = (messages: object) => (key: string) =>
      key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages) as string;
    const { column, field } = columnsOf<{ name: string; kind: string; country: string; notes: string }>('Organization');
    const { countryCell, enumLabel } = await import('../../commons/export/csvExport.ts');
    const columns = [
      field('name'),
      column('kind', (o, { translate }) => enumLabel('OrganizationKind', o.kind, translate)),
      column('country', (o, { locale }) => countryCell(o.country, locale)),
      field('notes'),
    ];
    const record = { name: 'Fundación Perú', kind: 'SHELTER', country: 'PE', notes: '=HYPERLINK("x")' };
    for (const [locale, messages] of [
      ['es', es],
      ['en', en],
    ] as const) {
      const csv = buildCsv([record], columns, { locale, translate: polyglot(messages) as never });
      expect(csv).toContain(locale === 'es' ? 'Perú' : 'Peru');
      const file = map(csv.replace(/^\ufeff/, ''));
      expect(file.rows[0]!.errors, csv).toEqual([]);
      expect(file.rows[0]!.input).toMatchObject({ name: 'Fundación Perú', kind: 'SHELTER', country: 'PE', notes: '=HYPERLINK("x")' });
    }
  });
});
