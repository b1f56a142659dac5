import { countryCell, isoDate, majorAmount, namesOf, percentOfBps } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import type { ProgramFieldsFragment } from '../../graphql/generated/graphql.ts';

const { field, column } = columnsOf<ProgramFieldsFragment>('Program');

/** The programs list as a spreadsheet: donors and implementer by name, amounts in major units, the fee as a percentage. */
export const programExporter = listExporter<ProgramFieldsFragment>('Program', [
  field('id'),
  field('name'),
  column('country', (p, { locale }) => countryCell(p.country, locale)),
  column('donors', (p) => namesOf(p.donors)),
  column('implementer', (p) => p.implementer?.name ?? ''),
  field('agreementReference'),
  column('startDate', (p) => isoDate(p.startDate)),
  column('originalEndDate', (p) => isoDate(p.originalEndDate)),
  column('endDate', (p) => isoDate(p.endDate)),
  field('currency'),
  column('originalDeclaredTotal', (p) => majorAmount(p.originalDeclaredTotal, p.currency)),
  column('declaredTotal', (p) => majorAmount(p.declaredTotal, p.currency)),
  // "Administrative fee (%)": 10 for the 1000 basis points the API keeps.
  column('adminFeeRateBps', (p) => percentOfBps(p.adminFeeRateBps)),
]);
