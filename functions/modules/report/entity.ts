import { Entity, type EntityItem } from 'electrodb';

/**
 * Aggregates the report reads instead of records: one item per program × month × bucket, where a
 * bucket is an objective code or `line:<budget line>` for costs outside the objectives. Every
 * mutation that changes a counted fact adds its delta here in the same transaction as the record,
 * so a report for any period is one Query over (months × buckets) items, however many records exist.
 */
export const ProgramStat = new Entity({
  model: { entity: 'programStat', version: '1', service: 'ruta' },
  attributes: {
    programId: { type: 'string', required: true, readOnly: true },
    month: { type: 'string', required: true, readOnly: true },
    bucket: { type: 'string', required: true, readOnly: true },
    agreementsSigned: { type: 'number' },
    expenditure: { type: 'number' },
  },
  indexes: {
    byMonth: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['month', 'bucket'] } },
  },
});

export type ProgramStatRecord = EntityItem<typeof ProgramStat>;
export type StatCounter = 'agreementsSigned' | 'expenditure';
