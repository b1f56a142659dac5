import type { DataProvider } from 'react-admin';
import { enumLabel, isoDate, majorAmount, namesOf } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import type { PartnerAgreementFieldsFragment, ProgramFieldsFragment } from '../../graphql/generated/graphql.ts';

type Row = PartnerAgreementFieldsFragment & { programName: string };

const { field, column } = columnsOf<Row>('PartnerAgreement');

/**
 * Each agreement's program by name: the API lists a caller's programs whole (one request); a
 * program the caller cannot read keeps its id.
 */
async function withProgramNames(records: PartnerAgreementFieldsFragment[], dataProvider: DataProvider): Promise<Row[]> {
  const programs = records.some((r) => r.programId)
    ? await dataProvider
        .getList<ProgramFieldsFragment>('Program', {
          pagination: { page: 1, perPage: 100 },
          sort: { field: 'id', order: 'ASC' },
          filter: {},
        })
        .then((r) => r.data)
        .catch(() => [])
    : [];
  const nameOf = new Map(programs.map((p) => [p.id, p.name]));
  return records.map((r) => ({ ...r, programName: r.programId ? (nameOf.get(r.programId) ?? r.programId) : '' }));
}

/** The agreements list as a spreadsheet: parties and program by name, labels for kind and status, the value in major units. */
export const partnerAgreementExporter = listExporter<PartnerAgreementFieldsFragment, Row>(
  'PartnerAgreement',
  [
    field('id'),
    field('title'),
    column('kind', (a, { translate }) => enumLabel('AgreementKind', a.kind, translate)),
    column('parties', (a) => namesOf(a.parties)),
    column('programId', (a) => a.programName),
    column('signedOn', (a) => isoDate(a.signedOn)),
    column('startDate', (a) => isoDate(a.startDate)),
    column('endDate', (a) => isoDate(a.endDate)),
    column('status', (a, { translate }) => enumLabel('AgreementStatus', a.status, translate)),
    column('value', (a) => majorAmount(a.value, a.currency)),
    field('currency'),
    field('purpose'),
    column('objectiveCodes', (a) => a.objectiveCodes.join('; ')),
    column('createdAt', (a) => isoDate(a.createdAt)),
    column('updatedAt', (a) => isoDate(a.updatedAt)),
  ],
  withProgramNames,
);
