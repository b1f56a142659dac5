import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';
import { parseCsv } from '../csvImport/parseCsv.ts';
import {
  buildCsv,
  countryCell,
  csvConvention,
  csvNumber,
  enumLabel,
  type ExportColumn,
  type ExportContext,
  isoDate,
  majorAmount,
  namesOf,
  percentOfBps,
} from './csvExport.ts';

/** react-admin's translate over our messages, without React: dotted keys, %{name} parameters. */
function contextFor(locale: 'es' | 'en'): ExportContext {
  const messages = (locale === 'es' ? es : en) as Record<string, unknown>;
  const translate = (key: string, options: Record<string, unknown> = {}) => {
    const found = key.split('.').reduce<unknown>((m, k) => (m as Record<string, unknown> | undefined)?.[k], messages);
    return typeof found === 'string' ? found.replace(/%\{(\w+)\}/g, (_, name: string) => String(options[name] ?? '')) : key;
  };
  return { translate, locale };
}

interface Agreement {
  title: string;
  kind: string;
  value: number | null;
  currency: string | null;
  startDate: string;
  country: string;
  parties: { name: string }[];
  feeBps: number;
}

const columns: ExportColumn<Agreement>[] = [
  { header: 'resources.PartnerAgreement.fields.title', value: (a) => a.title },
  { header: 'resources.PartnerAgreement.fields.kind', value: (a, { translate }) => enumLabel('AgreementKind', a.kind, translate) },
  { header: 'resources.PartnerAgreement.fields.parties', value: (a) => namesOf(a.parties) },
  { header: 'resources.PartnerAgreement.fields.value', value: (a) => majorAmount(a.value, a.currency) },
  { header: 'resources.PartnerAgreement.fields.startDate', value: (a) => isoDate(a.startDate) },
  { header: 'resources.Organization.fields.country', value: (a, { locale }) => countryCell(a.country, locale) },
  { header: ({ translate }) => `${translate('resources.Program.fields.adminFeeRateBps')}`, value: (a) => percentOfBps(a.feeBps) },
];

const agreement: Agreement = {
  title: 'Convenio "marco"; fase 2',
  kind: 'MOU',
  value: 1_234_567_89,
  currency: 'USD',
  startDate: '2007-03-01T00:00:00.000Z',
  country: 'ec',
  parties: [{ name: 'OIM' }, { name: 'Fundación Nuestros Jóvenes' }],
  feeBps: 1050,
};

describe('CSV exports', () => {
  it('writes Spanish files as Spanish Excel reads them: BOM, semicolons, decimal commas, labels', () => {
    const csv = buildCsv([agreement], columns, contextFor('es'));
    expect(csv.startsWith('\ufeff'), 'a UTF-8 BOM, or Excel garbles the accents').toBe(true);
    expect(csv.split('\r\n')).toEqual([
      '\ufeffTítulo;Tipo;Partes;Valor;Inicio;País;Tasa administrativa (%)',
      '"Convenio ""marco""; fase 2";Memorando de entendimiento;"OIM; Fundación Nuestros Jóvenes";1234567,89;2007-03-01;Ecuador;10,5',
      '',
    ]);
  });

  it('writes English files with commas and decimal points, English labels', () => {
    const csv = buildCsv([agreement], columns, contextFor('en'));
    expect(csv.split('\r\n')).toEqual([
      '\ufeffTitle,Kind,Parties,Value,Start,Country,Administrative fee (%)',
      '"Convenio ""marco""; fase 2",Memorandum of understanding,OIM; Fundación Nuestros Jóvenes,1234567.89,2007-03-01,Ecuador,10.5',
      '',
    ]);
  });

  it('reads back as it was written (the import parser: separator, quotes, BOM)', () => {
    const parsed = parseCsv(buildCsv([agreement, { ...agreement, title: 'Línea 1\nLínea 2', value: null }], columns, contextFor('es')));
    expect(parsed.separator).toBe(';');
    expect(parsed.rows.map((r) => r.cells[0])).toEqual(['Título', 'Convenio "marco"; fase 2', 'Línea 1\nLínea 2']);
    expect(parsed.rows[2]!.cells[3], 'no value: an empty cell').toBe('');
  });

  it('writes numbers plainly: no thousands separators, negative and small amounts exact', () => {
    const es = csvConvention('es');
    const en = csvConvention('en');
    expect(csvNumber(-72_727.2, es)).toBe('-72727,2');
    expect(csvNumber(0.8, es)).toBe('0,8');
    expect(csvNumber(800_000, en)).toBe('800000');
    expect(csvNumber(majorAmount(99, 'USD')!, en)).toBe('0.99');
    expect(majorAmount(1500, 'JPY'), 'currencies without minor units stay whole').toBe(1500);
  });

  it('keeps text that a spreadsheet would run as a formula as text; phone numbers stay as they are', () => {
    const cells = (title: string) => buildCsv([{ ...agreement, title }], columns.slice(0, 1), contextFor('en')).split('\r\n')[1];
    expect(cells('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(cells('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(cells('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(cells('+593 2 123 4567')).toBe('+593 2 123 4567');
  });

  it('names countries in the reader’s language and leaves unknown codes as they are', () => {
    expect(countryCell('US', 'es')).toBe('Estados Unidos');
    expect(countryCell('US', 'en')).toBe('United States');
    expect(countryCell(null, 'es')).toBe('');
    expect(countryCell('not a code', 'es')).toBe('not a code');
  });
});
