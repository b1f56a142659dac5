import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';

/**
 * Counters the aggregates keep. Each domain that counts something names its counters here; the
 * aggregate item itself knows nothing else of any domain.
 */
export const STAT_COUNTERS = ['agreementsSigned', 'expenditure'] as const;
export type StatCounter = (typeof STAT_COUNTERS)[number];

const counters = Object.fromEntries(STAT_COUNTERS.map((c) => [c, { type: 'number' }])) as Record<StatCounter, { type: 'number' }>;

/**
 * Aggregates the reports read instead of records: one item per program × month × bucket, where a
 * bucket is an objective code or another group a domain names (e.g. `line:<budget line>` for costs
 * outside the objectives). Every mutation that changes a counted fact adds its delta here in the
 * same transaction as the record, so a report for any period is one Query over (months × buckets)
 * items, however many records exist.
 */
export const ProgramStat = bind(
  new Entity({
    model: { entity: 'programStat', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      month: { type: 'string', required: true, readOnly: true },
      bucket: { type: 'string', required: true, readOnly: true },
      ...counters,
    },
    indexes: {
      byMonth: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['month', 'bucket'] } },
    },
  }),
);

export type ProgramStatRecord = EntityItem<typeof ProgramStat>;
