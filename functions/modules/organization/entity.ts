import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { ORGANIZATION_KINDS } from '@ruta/schema/zod/organization';
import { searchKey } from '#platform/text';
import { trackedAttributes } from '#modules/records/tracked';

/**
 * Organizations are few (hundreds per deployment) and read far more than written, so the list lives
 * in one GSI partition sorted by a folded name (`byName`: sort by name, search by name prefix) and in
 * one partition per kind (`byKind`: filter by kind, still sorted and searchable by name). Relations
 * load them by id with BatchGetItem. `agreementCount` is kept exact by the agreement transactions,
 * which lets a delete refuse an organization that is still party to an agreement without a query,
 * and doubles as the existence check for parties.
 */
export const Organization = bind(
  new Entity({
    model: { entity: 'organization', version: '1', service: 'ruta' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      nameKey: {
        type: 'string',
        hidden: true,
        watch: ['name'],
        set: (_, item: { name?: string }) => (item.name === undefined ? undefined : searchKey(item.name)),
      },
      acronym: { type: 'string' },
      kind: { type: ORGANIZATION_KINDS, required: true },
      country: { type: 'string', required: true },
      province: { type: 'string' },
      city: { type: 'string' },
      contactPerson: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      notes: { type: 'string' },
      agreementCount: { type: 'number', required: true, default: 0 },
      ...trackedAttributes,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byName: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['nameKey', 'id'] } },
      byKind: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['kind'] }, sk: { field: 'gsi2sk', composite: ['nameKey', 'id'] } },
    },
  }),
);

export type OrganizationRecord = EntityItem<typeof Organization>;

/**
 * The name guard: one item per organization name, folded (`foldText`: case, accents and punctuation
 * ignored), created in the organization's transaction on condition that it does not exist — so two
 * organizations never get the same name, even when two people create them at the same moment (a
 * read before the write could not promise that). A rename moves it, a delete removes it; its
 * `organizationId` answers "which organization has this name" with one GetItem
 * (`organizationsNamed`).
 */
export const OrganizationName = bind(
  new Entity({
    model: { entity: 'organizationName', version: '1', service: 'ruta' },
    attributes: {
      foldedName: { type: 'string', required: true, readOnly: true },
      organizationId: { type: 'string', required: true },
    },
    indexes: {
      byName: { pk: { field: 'pk', composite: ['foldedName'] }, sk: { field: 'sk', composite: [] } },
    },
  }),
);
