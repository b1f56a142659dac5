import { describe, expect, it } from 'vitest';
import { mapRows } from '../../commons/csvImport/mapRows.ts';
import { decodeCsv, parseCsv } from '../../commons/csvImport/parseCsv.ts';
import { writeCsv } from '../../commons/csvImport/writeCsv.ts';
import type { RutaDataProvider } from '../../providers/dataProvider.ts';
import { activityImport, activityTemplate } from './activityImport.ts';

/** Organizations and programs as the lists give them (one page). */
const dataProvider = {
  getList: async (resource: string) => ({
    data:
      resource === 'Organization'
        ? [{ id: 'org-fnj', name: 'Fundación Nuestros Jóvenes', acronym: 'FNJ' }]
        : [{ id: 'prog-ecuador-tip', name: 'Combating Trafficking in Persons in Ecuador' }],
    total: 1,
  }),
} as unknown as RutaDataProvider;

const map = async (text: string) => mapRows(parseCsv(text), await activityImport.prepare!(dataProvider));

const HEADER =
  'Organización;Programa;Objetivo;Título;Tipo;Inicio;Fin;Provincia;Cantón;Niñas 0-11;Mujeres 12-17;Hombres 12-17;Total;Narrativa';

describe('activity record import mapping', () => {
  it('reads a Spanish Excel row (Windows-1252, ;, dd/mm/yyyy, 1.033) into the create input', async () => {
    const bytes = Buffer.from(
      `${HEADER}\r\nFNJ;Combating Trafficking in Persons in Ecuador;2.2;Charlas en Calderón;Sensibilización;06/07/2009;10/07/2009;Pichincha;Quito;;1.033;20;1053;Colegio\r\n`,
      'latin1',
    );
    const file = mapRows(parseCsv(decodeCsv(bytes)), await activityImport.prepare!(dataProvider));
    expect(file.unknownHeaders).toEqual([]);
    expect(file.missingColumns).toEqual([]);
    expect(file.rows[0]!.errors).toEqual([]);
    expect(file.rows[0]!.input).toMatchObject({
      organizationId: 'org-fnj',
      programId: 'prog-ecuador-tip',
      objectiveCode: '2.2',
      title: 'Charlas en Calderón',
      kind: 'AWARENESS_EVENT',
      startDate: '2009-07-06',
      endDate: '2009-07-10',
      place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
      reached: [{ band: 'ADOLESCENT', women: 1033, men: 20, notRecorded: 0 }],
      expectedTotal: 1053,
      narrative: 'Colegio',
    });
  });

  it('names the column of what is wrong: a total that does not add up, a kind it does not know, a canton outside the province', async () => {
    const file = await map(
      `${HEADER}\n;Combating Trafficking in Persons in Ecuador;2.2;A;Sensibilización;06/07/2009;10/07/2009;Pichincha;Quito;;10;10;25;\n` +
        `;Combating Trafficking in Persons in Ecuador;2.2;B;Baile;06/07/2009;10/07/2009;Pichincha;Machala;;1,5;;;\n`,
    );
    expect(file.rows[0]!.errors).toEqual([
      { field: 'expectedTotal', key: 'validation.sum_mismatch', args: expect.objectContaining({ sum: 20, expected: 25 }) },
    ]);
    const fields = file.rows[1]!.errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['kind', 'reached.0.women']));
  });

  it('refuses a file without a required column before sending anything', async () => {
    const file = await map('Programa;Título\nX;Y\n');
    expect(file.missingColumns).toEqual(['objectiveCode', 'kind', 'startDate', 'endDate', 'provinceCode', 'cantonCode']);
  });

  it('gives a template that reads back as a valid row', async () => {
    for (const locale of ['es', 'en']) {
      const file = await map(writeCsv(activityTemplate(locale), locale === 'es' ? ';' : ',').replace(/^\ufeff/, ''));
      expect(file.unknownHeaders, locale).toEqual([]);
      expect(file.rows[0]!.errors, locale).toEqual([]);
      expect(file.rows[0]!.input?.reached, locale).toEqual([{ band: 'ADOLESCENT', women: 20, men: 17, notRecorded: 0 }]);
    }
  });
});
