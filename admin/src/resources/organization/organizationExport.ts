import { countryCell, enumLabel, isoDate } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import type { OrganizationFieldsFragment } from '../../graphql/generated/graphql.ts';

const { field, column } = columnsOf<OrganizationFieldsFragment>('Organization');

/**
 * The organizations list as a spreadsheet, headed by the form's labels. organizationImport.ts finds
 * its columns by those labels in either language and takes the kind's label too, so an exported
 * file re-imports; counts and timestamps are export-only. Contact data the caller may not read
 * comes back null from the API and is left empty.
 */
export const organizationExporter = listExporter<OrganizationFieldsFragment>('Organization', [
  field('id'),
  field('name'),
  field('acronym'),
  column('kind', (o, { translate }) => enumLabel('OrganizationKind', o.kind, translate)),
  column('country', (o, { locale }) => countryCell(o.country, locale)),
  field('province'),
  field('city'),
  field('contactPerson'),
  field('email'),
  field('phone'),
  field('notes'),
  field('agreementCount'),
  column('createdAt', (o) => isoDate(o.createdAt)),
  column('updatedAt', (o) => isoDate(o.updatedAt)),
]);
