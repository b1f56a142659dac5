import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';

/**
 * Programs are few and read on every report, so they are fetched by id (donors and partners carry
 * their program ids in their token) and listed for staff from one sorted GSI partition.
 */
export const Program = bind(
  new Entity({
    model: { entity: 'program', version: '1', service: 'ruta' },
    attributes: {
      id: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      country: { type: 'string', required: true },
      donorIds: { type: 'list', items: { type: 'string' }, required: true },
      implementerId: { type: 'string', required: true },
      agreementReference: { type: 'string' },
      startDate: { type: 'string', required: true },
      originalEndDate: { type: 'string', required: true },
      currency: { type: 'string', required: true, readOnly: true },
      adminFeeRateBps: { type: 'number', required: true },
      originalDeclaredTotal: { type: 'number', required: true },
      modifications: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            number: { type: 'number', required: true },
            date: { type: 'string' },
            description: { type: 'string', required: true },
            newEndDate: { type: 'string' },
            newDeclaredTotal: { type: 'number' },
          },
        },
      },
      /** Smallest count the program's cases are published in (public statistics, HTCDS); absent: DEFAULT_CELL_SIZE. */
      statisticsK: { type: 'number' },
      ...trackedAttributes,
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byName: { index: 'gsi1', pk: { field: 'gsi1pk', composite: [] }, sk: { field: 'gsi1sk', composite: ['name', 'id'] } },
    },
  }),
);

export type ProgramRecord = EntityItem<typeof Program>;
