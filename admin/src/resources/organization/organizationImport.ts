import { createOrganizationInput, ORGANIZATION_KINDS, type CreateOrganization } from '@ruta/schema/zod/organization';
import type { ImportColumn, ImportSpec } from '../../commons/csvImport/mapRows.ts';
import { normalizeLabel } from '../../commons/csvImport/mapRows.ts';
import { countryCode } from '../../commons/countries.ts';
import { en } from '../../i18n/en.ts';
import { es } from '../../i18n/es.ts';

/**
 * Organizations from a CSV file. Columns are found by the names the list's export writes (the
 * API's field names) or by the form's labels in either language, so an exported file re-imports
 * and a sheet typed by hand in Spanish or English works too.
 */
const FIELDS = ['id', 'name', 'acronym', 'kind', 'country', 'province', 'city', 'contactPerson', 'email', 'phone', 'notes'] as const;
/** Written by the export, kept by the server: not an error to find them, not imported either. */
const EXPORT_ONLY = ['agreementCount', 'version', 'createdAt', 'updatedAt'] as const;

type Messages = {
  resources: { Organization: { fields: Record<string, string> } };
  ruta: { enums: { OrganizationKind: Record<string, string> } };
};
const languages = [es, en] as unknown as Messages[];
const labelsOf = (field: string) => languages.map((m) => m.resources.Organization.fields[field]).filter((l): l is string => !!l);

const kindByLabel = new Map<string, string>();
for (const kind of ORGANIZATION_KINDS) {
  for (const label of [kind, ...languages.map((m) => m.ruta.enums.OrganizationKind[kind])]) {
    if (label) kindByLabel.set(normalizeLabel(label), kind);
  }
}

const parsers: Partial<Record<(typeof FIELDS)[number], (cell: string) => unknown>> = {
  // The enum value (as exported) or its label in either language; anything else fails the schema.
  kind: (cell) => kindByLabel.get(normalizeLabel(cell)) ?? cell.trim(),
  // A code or a country's name in either language (the list export writes names). The create form starts at EC too: the programs' partners are mostly Ecuadorian.
  country: (cell) => countryCode(cell) || 'EC',
};

export const organizationImport: ImportSpec<CreateOrganization> = {
  resource: 'Organization',
  columns: FIELDS.map((field): ImportColumn => ({ field, labels: labelsOf(field), parse: parsers[field] })),
  ignored: EXPORT_ONLY.flatMap((field) => [field, ...labelsOf(field)]),
  schema: createOrganizationInput,
  titleField: 'name',
  // One name, one organization (the API refuses a second): rows are matched to it by name too.
  uniqueField: 'name',
  findByUnique: async (dataProvider, names) => (await dataProvider.organizationsNamed(names)).data,
};
