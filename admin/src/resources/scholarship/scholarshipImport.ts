import { MAX_IMPORT_FILE_ROWS, MAX_IMPORT_ROWS } from '@ruta/schema/limits';
import {
  createScholarshipInput,
  EDUCATION_LEVELS,
  SCHOLARSHIP_GROUPS,
  SCHOLARSHIP_STATUSES,
  type CreateScholarship,
} from '@ruta/schema/zod/scholarship';
import { csvDate, csvPlace, idByName, valueByLabel } from '../../commons/csvImport/lookups.ts';
import type { ImportColumn, ImportSpec } from '../../commons/csvImport/mapRows.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import { runMutation } from '../../providers/graphql/request.ts';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';

type Row = CreateScholarship & { id?: string | null };

const FIELDS = [
  'programId',
  'objectiveCode',
  'sponsorId',
  'implementerId',
  'beneficiaryCode',
  'group',
  'provinceCode',
  'cantonCode',
  'educationLevel',
  'period',
  'awardedOn',
  'amount',
  'currency',
  'status',
  'statusDate',
  'withdrawalReason',
] as const;
const REQUIRED = FIELDS.filter((f) => !['currency', 'statusDate', 'withdrawalReason'].includes(f));

type Messages = { resources: { Scholarship: { fields: Record<string, string> } }; ruta: { enums: Record<string, Record<string, string>> } };
const languages = [es, en] as unknown as Messages[];
const labelsOf = (field: string) => languages.map((m) => m.resources.Scholarship.fields[field]).filter((l): l is string => !!l);

/** An enum's value from itself or its label in either language (Adjudicada, Joven en riesgo…). */
const enumParser = (name: string, values: readonly string[]) => valueByLabel(values, (v) => languages.map((m) => m.ruta.enums[name]?.[v]));

/**
 * An amount in the file's words (300 · 1.234,56 · 1234.56 · 1 234,5) as whole cents. More than two
 * decimals is not rounded: it reaches the schema as a fraction of a cent and is refused.
 */
export function amountCents(cell: string): number | string {
  let t = cell.trim().replace(/[\s\u00a0$]|USD/g, '');
  if (!t) return '';
  // Decimal comma (es-EC): dots group thousands. Otherwise a lone comma groups thousands (1,234.56).
  if (t.includes(',')) t = /,\d{3}(\D|$)/.test(t) && t.includes('.') ? t.replace(/,/g, '') : t.replace(/\./g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return cell;
  const [whole, decimals = ''] = t.split('.');
  if (decimals.length <= 2) return Number(whole) * 100 + Math.sign(Number(`${whole}1`)) * Number(decimals.padEnd(2, '0'));
  return Number(t) * 100;
}

const importMutation = graphql(`
  mutation importScholarships($batchId: ID!, $rows: [ScholarshipImportRow!]!) {
    importScholarships(batchId: $batchId, rows: $rows) { written alreadyImported alreadyImportedRows failed { row field key message params { name value } } }
  }
`);

const base: ImportSpec<Row> = {
  resource: 'Scholarship',
  columns: FIELDS.map((field): ImportColumn => ({ field, labels: labelsOf(field) })),
  ignored: ['id', 'version', 'createdAt', 'updatedAt'],
  schema: createScholarshipInput as never,
  titleField: 'beneficiaryCode',
  required: REQUIRED,
  maxRows: MAX_IMPORT_FILE_ROWS,
  shape: ({ provinceCode, cantonCode, currency, ...rest }) => ({
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== '' && v !== undefined)),
    currency: currency || 'USD',
    place: csvPlace(String(provinceCode ?? ''), String(cantonCode ?? '')),
  }),
  batch: {
    size: MAX_IMPORT_ROWS,
    send: async (_dataProvider, rows) => {
      const batchId = `csv-${Date.now().toString(36)}`;
      const payload = rows.map(({ row, input }) => {
        const { id: _id, ...fields } = input;
        return { ...fields, row } as never;
      });
      return (await runMutation(importMutation, { batchId, rows: payload })).importScholarships;
    },
  },
};

/**
 * Scholarships from a CSV file (Spanish Excel: `;`, Windows-1252, dates dd/mm/yyyy, decimal comma):
 * columns by the list export's names or the form's labels in either language; organizations and
 * programs by name, acronym or id; province and canton by name or INEC code. Sent to
 * `importScholarships` 500 rows a call; at most 20,000 rows a file.
 */
export const scholarshipImport: ImportSpec<Row> = {
  ...base,
  prepare: async (dataProvider) => {
    // Organizations and programs by id, name or acronym (case and accents ignored): read once per file.
    const organization = await idByName(dataProvider, 'Organization', (r) => [r.name, r.acronym]);
    const program = await idByName(dataProvider, 'Program', (r) => [r.name]);
    const parsers: Partial<Record<(typeof FIELDS)[number], (cell: string) => unknown>> = {
      programId: program,
      sponsorId: organization,
      implementerId: organization,
      group: enumParser('ScholarshipGroup', SCHOLARSHIP_GROUPS),
      educationLevel: enumParser('EducationLevel', EDUCATION_LEVELS),
      status: enumParser('ScholarshipStatus', SCHOLARSHIP_STATUSES),
      awardedOn: csvDate,
      statusDate: csvDate,
      amount: amountCents,
      beneficiaryCode: (c) => c.trim(),
    };
    return { ...base, columns: FIELDS.map((field): ImportColumn => ({ field, labels: labelsOf(field), parse: parsers[field] })) };
  },
};
