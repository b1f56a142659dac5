import { describe, expect, it } from 'vitest';
import { mapRows } from '../../commons/csvImport/mapRows.ts';
import { decodeCsv, parseCsv } from '../../commons/csvImport/parseCsv.ts';
import type { RutaDataProvider } from '../../providers/dataProvider.ts';
import { amountCents, scholarshipImport } from './scholarshipImport.ts';

/** Organizations and programs as the lists give them (one page each); the resources asked for, in order. */
const asked: string[] = [];
const dataProvider = {
  getList: async (resource: string) => {
    asked.push(resource);
    return {
      data:
        resource === 'Organization'
          ? [
              { id: 'org-fya', name: 'Fe y Alegría', acronym: 'FyA' },
              { id: 'org-pronino', name: 'Fundación Telefónica Proniño', acronym: null },
            ]
          : [{ id: 'prog-ecuador-tip', name: 'Combating Trafficking in Persons in Ecuador' }],
      total: 2,
    };
  },
} as unknown as RutaDataProvider;

const HEADER =
  'Programa;Objetivo o actividad;Patrocinador;Organización ejecutora;Código de beneficiario;Grupo;Provincia;Cantón;Nivel educativo;Año lectivo o período;Fecha de adjudicación;Monto;Estado';

describe('scholarship import mapping', () => {
  it('reads a Spanish Excel row: program and organizations by name or acronym, labels, dd/mm/yyyy, place by name, decimal comma', async () => {
    asked.length = 0;
    const bytes = Buffer.from(
      `${HEADER}\r\nCombating Trafficking in Persons in Ecuador;1.2;fundacion telefonica pronino;FYA; B-001 ;Joven en riesgo;Pichincha;Quito;Primaria;2009-2010;06/07/2009;1.234,50;Adjudicada\r\n`,
      'latin1',
    );
    const file = mapRows(parseCsv(decodeCsv(bytes)), await scholarshipImport.prepare!(dataProvider));
    expect(asked).toEqual(['Organization', 'Program']);
    expect(file.unknownHeaders).toEqual([]);
    expect(file.missingColumns).toEqual([]);
    expect(file.rows[0]!.errors).toEqual([]);
    expect(file.rows[0]!.input).toMatchObject({
      programId: 'prog-ecuador-tip',
      objectiveCode: '1.2',
      sponsorId: 'org-pronino',
      implementerId: 'org-fya',
      beneficiaryCode: 'B-001',
      group: 'AT_RISK_YOUTH',
      place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
      educationLevel: 'PRIMARY',
      period: '2009-2010',
      awardedOn: '2009-07-06',
      amount: 123_450,
      currency: 'USD',
      status: 'AWARDED',
    });
  });

  it('keeps what it cannot look up as written, so the schema names the column: an unknown sponsor, a canton outside the province, a bad date', async () => {
    const file = mapRows(
      parseCsv(`${HEADER}\nprog-ecuador-tip;1.2;Nadie;org-fya;B-002;AT_RISK_YOUTH;17;Machala;PRIMARY;2009;31/02/2009;300;AWARDED\n`),
      await scholarshipImport.prepare!(dataProvider),
    );
    const row = file.rows[0]!;
    expect(row.input).toBeUndefined();
    expect(row.errors).toEqual(
      expect.arrayContaining([
        { field: 'sponsorId', key: 'validation.invalid_id' },
        { field: 'place.cantonCode', key: 'validation.canton_not_in_province' },
        { field: 'awardedOn', key: 'validation.invalid_date' },
      ]),
    );
    // The program by id and the implementer by id are found, so neither is named.
    expect(row.errors.map((e) => e.field)).not.toContain('programId');
    expect(row.errors.map((e) => e.field)).not.toContain('implementerId');
  });

  it('reads amounts in either language as whole cents', () => {
    expect(amountCents('300')).toBe(30_000);
    expect(amountCents('1.234,56')).toBe(123_456);
    expect(amountCents('1,234.56')).toBe(123_456);
    expect(amountCents('$ 1 234,5')).toBe(123_450);
    expect(amountCents('abc')).toBe('abc');
  });
});
