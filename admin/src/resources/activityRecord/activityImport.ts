import { MAX_IMPORT_FILE_ROWS, MAX_IMPORT_ROWS } from '@ruta/schema/limits';
import { ACTIVITY_KINDS, AGE_BANDS, createActivityRecordInput, type CreateActivityRecord } from '@ruta/schema/zod/activityRecord';
import { csvCount, csvDate, csvPlace, idByName, valueByLabel } from '../../commons/csvImport/lookups.ts';
import type { ImportColumn, ImportSpec } from '../../commons/csvImport/mapRows.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import { runMutation } from '../../providers/graphql/request.ts';
import { activityPortalEn } from '../../i18n/activityPortal.en.ts';
import { activityPortalEs } from '../../i18n/activityPortal.es.ts';
import { activityRecordEn } from '../../i18n/activityRecord.en.ts';
import { activityRecordEs } from '../../i18n/activityRecord.es.ts';

type Row = CreateActivityRecord & { id?: string | null };

const SEXES = ['women', 'men', 'notRecorded'] as const;
/** One column per age band and sex: `CHILD_women` … `AGE_NOT_RECORDED_notRecorded`. */
const REACHED_FIELDS = AGE_BANDS.flatMap((band) => SEXES.map((sex) => `${band}_${sex}`));

/** The columns of a file, in the template's order. */
const ACTIVITY_IMPORT_FIELDS = [
  'organizationId',
  'programId',
  'objectiveCode',
  'title',
  'kind',
  'startDate',
  'endDate',
  'provinceCode',
  'cantonCode',
  ...REACHED_FIELDS,
  'expectedTotal',
  'narrative',
] as const;
const REQUIRED = ['programId', 'objectiveCode', 'title', 'kind', 'startDate', 'endDate', 'provinceCode', 'cantonCode'];

type Fields = Record<string, string>;
const headersOf = [activityPortalEs, activityPortalEn].map((m) => m.ruta.activity_import.headers as Fields);
const formLabels = [activityRecordEs, activityRecordEn].map((m) => m.resources.ActivityRecord.fields as Fields);
/** A column's names: the template's header in Spanish and English, and the form's label. */
const labelsOf = (field: string) => [...headersOf, ...formLabels].map((m) => m[field]).filter((l): l is string => !!l);

/** A kind from its value or its label in either language (Sensibilización, Awareness event…). */
const kind = valueByLabel(ACTIVITY_KINDS, (k) => [activityRecordEs.ruta.activity.kinds[k], activityRecordEn.ruta.activity.kinds[k]]);

const PARSERS: Partial<Record<string, (cell: string) => unknown>> = {
  kind,
  startDate: csvDate,
  endDate: csvDate,
  expectedTotal: csvCount,
  objectiveCode: (c) => c.trim(),
  ...Object.fromEntries(REACHED_FIELDS.map((f) => [f, csvCount])),
};

const columns = (parsers: Partial<Record<string, (cell: string) => unknown>>) =>
  ACTIVITY_IMPORT_FIELDS.map((field): ImportColumn => ({ field, labels: labelsOf(field), parse: parsers[field] }));

/** The cells by field → the create input: place from province and canton, a line per age band with any count. */
function shape(raw: Record<string, unknown>): Record<string, unknown> {
  const given = (v: unknown) => v !== '' && v !== undefined && v !== null;
  const reached = AGE_BANDS.flatMap((band) => {
    const cells = SEXES.map((sex) => raw[`${band}_${sex}`]);
    if (!cells.some(given)) return [];
    return [Object.fromEntries([['band', band], ...SEXES.map((sex, i) => [sex, given(cells[i]) ? cells[i] : 0])])];
  });
  const rest = Object.fromEntries(
    Object.entries(raw).filter(([k, v]) => given(v) && !REACHED_FIELDS.includes(k) && k !== 'provinceCode' && k !== 'cantonCode'),
  );
  return { ...rest, place: csvPlace(String(raw.provinceCode ?? ''), String(raw.cantonCode ?? '')), reached };
}

const importMutation = graphql(`
  mutation importActivityRecords($batchId: ID!, $rows: [ActivityRecordImportRow!]!) {
    importActivityRecords(batchId: $batchId, rows: $rows) { written alreadyImported alreadyImportedRows failed { row field key message } }
  }
`);

const base: ImportSpec<Row> = {
  resource: 'ActivityRecord',
  columns: columns(PARSERS),
  ignored: ['id', 'status', 'quarter', 'version'],
  schema: createActivityRecordInput as never,
  titleField: 'title',
  required: REQUIRED,
  maxRows: MAX_IMPORT_FILE_ROWS,
  help: 'ruta.activity_import.help',
  shape,
  batch: {
    size: MAX_IMPORT_ROWS,
    send: async (_dataProvider, rows) => {
      const batchId = `csv-${Date.now().toString(36)}`;
      const payload = rows.map(({ row, input }) => {
        const { id: _id, attachments: _a, trainingId: _t, agreementId: _g, ...fields } = input;
        return { ...fields, row } as never;
      });
      return (await runMutation(importMutation, { batchId, rows: payload })).importActivityRecords;
    },
  },
};

/**
 * A quarter's activity records from a CSV file (Spanish Excel: `;`, Windows-1252, dates dd/mm/yyyy):
 * columns by the template's names in either language or the form's labels; organization and program by
 * name, acronym or id (a partner may leave the organization blank: its own); kind by its label;
 * province and canton by name or INEC code; people reached one column per age band and sex. Rows go to
 * `importActivityRecords` 500 a call and land as SUBMITTED; the same row again is "already imported".
 */
export const activityImport: ImportSpec<Row> = {
  ...base,
  prepare: async (dataProvider) => {
    const [organizationId, programId] = await Promise.all([
      idByName(dataProvider, 'Organization', (r) => [r.name, r.acronym]),
      idByName(dataProvider, 'Program', (r) => [r.name]),
    ]);
    return { ...base, columns: columns({ ...PARSERS, organizationId, programId }) };
  },
};

/** The template: the headers in the user's language and one example row (Spanish: `;` and dd/mm/yyyy). */
export function activityTemplate(locale: string): string[][] {
  const es = locale.startsWith('es');
  const headers = (es ? activityPortalEs : activityPortalEn).ruta.activity_import.headers as Fields;
  const example: Record<string, string> = {
    programId: 'Combating Trafficking in Persons in Ecuador',
    objectiveCode: '2.2',
    title: es ? 'Taller de prevención en el colegio' : 'Prevention workshop at school',
    kind: (es ? activityRecordEs : activityRecordEn).ruta.activity.kinds.AWARENESS_EVENT,
    startDate: es ? '04/05/2009' : '2009-05-04',
    endDate: es ? '08/05/2009' : '2009-05-08',
    provinceCode: 'Pichincha',
    cantonCode: 'Quito',
    ADOLESCENT_women: '20',
    ADOLESCENT_men: '17',
    expectedTotal: '37',
  };
  return [ACTIVITY_IMPORT_FIELDS.map((f) => headers[f] ?? f), ACTIVITY_IMPORT_FIELDS.map((f) => example[f] ?? '')];
}
