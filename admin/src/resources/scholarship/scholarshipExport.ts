import { enumLabel, isoDate } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import { cantonName, provinceName } from '@ruta/schema/geo';
import type { ScholarshipFieldsFragment } from '../../graphql/generated/graphql.ts';

const { field, column } = columnsOf<ScholarshipFieldsFragment>('Scholarship');

/**
 * The scholarship list as a spreadsheet, in the columns the import reads (an exported file, edited,
 * imports again): organizations, province and canton by name, the amount in major units.
 */
export const scholarshipExporter = listExporter<ScholarshipFieldsFragment>('Scholarship', [
  field('id'),
  field('programId'),
  field('objectiveCode'),
  column('sponsorId', (s) => s.sponsor?.name ?? s.sponsorId),
  column('implementerId', (s) => s.implementer?.name ?? s.implementerId),
  field('beneficiaryCode'),
  column('group', (s, { translate }) => enumLabel('ScholarshipGroup', s.group, translate)),
  column('provinceCode', (s) => provinceName(s.place.provinceCode) ?? s.place.provinceCode ?? ''),
  column('cantonCode', (s) => cantonName(s.place.cantonCode) ?? s.place.cantonCode ?? ''),
  column('educationLevel', (s, { translate }) => enumLabel('EducationLevel', s.educationLevel, translate)),
  field('period'),
  column('awardedOn', (s) => isoDate(s.awardedOn)),
  column('amount', (s) => s.amount / 100),
  field('currency'),
  column('status', (s, { translate }) => enumLabel('ScholarshipStatus', s.status, translate)),
  column('statusDate', (s) => isoDate(s.statusDate)),
  field('withdrawalReason'),
]);
