import { Entity, Service, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';
import { INDICATOR_METRICS, INDICATOR_SOURCES, INDICATOR_UNITS } from '@ruta/schema/zod/framework';

/**
 * A program's results framework — objectives, indicators, budget lines — lives in the program's
 * partition as one ElectroDB collection, so the editor and the report read it with a single Query.
 * Objectives are keyed by code, which makes a duplicate code a failed create condition. Ids of
 * records in the partition are `<programId>~<key>`, so an update finds the item without an index.
 */
const framework = <const S extends readonly string[]>(sk: S) => ({
  pk: { field: 'pk', composite: ['programId'] as const },
  sk: { field: 'sk', composite: sk },
  collection: 'framework' as const,
});

const common = {
  programId: { type: 'string', required: true, readOnly: true },
  ...trackedAttributes,
} as const;

export const Objective = bind(
  new Entity({
    model: { entity: 'objective', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      code: { type: 'string', required: true, readOnly: true },
      title: { type: 'string', required: true },
      description: { type: 'string' },
      /**
       * Agreements linked to the objective, kept by the agreements' transactions: a delete is
       * conditional on it being 0, so a link made meanwhile is never left dangling.
       */
      agreementCount: { type: 'number' },
    },
    indexes: { byProgram: framework(['code']) },
  }),
);

export const Indicator = bind(
  new Entity({
    model: { entity: 'indicator', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      localId: { type: 'string', required: true, readOnly: true },
      objectiveCode: { type: 'string', required: true, readOnly: true },
      name: { type: 'string', required: true },
      unit: { type: INDICATOR_UNITS, required: true, readOnly: true },
      baseline: { type: 'number' },
      target: { type: 'number', required: true },
      source: { type: INDICATOR_SOURCES, required: true, readOnly: true },
      metric: { type: INDICATOR_METRICS },
    },
    indexes: { byProgram: framework(['localId']) },
  }),
);

export const BudgetLine = bind(
  new Entity({
    model: { entity: 'budgetLine', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      localId: { type: 'string', required: true, readOnly: true },
      objectiveCode: { type: 'string' },
      label: { type: 'string', required: true },
      planned: { type: 'number', required: true },
      /**
       * Expenditures charged to the line, kept by their own transactions: a delete or a move to
       * another objective is conditional on it being 0, which no read-then-write check could guarantee.
       */
      expenditureCount: { type: 'number' },
    },
    indexes: { byProgram: framework(['localId']) },
  }),
);

/** Staff-entered actuals of manual indicators, one per indicator and month, read by period range. */
export const IndicatorValue = bind(
  new Entity({
    model: { entity: 'indicatorValue', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      period: { type: 'string', required: true, readOnly: true },
      indicatorId: { type: 'string', required: true, readOnly: true },
      value: { type: 'number', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byPeriod: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['period', 'indicatorId'] } },
    },
  }),
);

/** Staff's observation on an objective for a month, read by period range. */
export const Observation = bind(
  new Entity({
    model: { entity: 'observation', version: '1', service: 'ruta' },
    attributes: {
      programId: { type: 'string', required: true, readOnly: true },
      period: { type: 'string', required: true, readOnly: true },
      objectiveCode: { type: 'string', required: true, readOnly: true },
      text: { type: 'string', required: true },
      updatedAt: { type: 'string', required: true },
    },
    indexes: {
      byPeriod: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['period', 'objectiveCode'] } },
    },
  }),
);

/**
 * Money spent. Keyed by its id alone within the program's partition, so an id names one expenditure
 * whatever its date — a correction may change the date (ElectroDB rewrites the `byDate` key), the
 * amount or the budget line (and the objective copied from it) without the id changing; listed by
 * date through `byDate` (gsi1, one partition per program).
 */
export const Expenditure = bind(
  new Entity({
    model: { entity: 'expenditure', version: '1', service: 'ruta' },
    attributes: {
      ...common,
      date: { type: 'string', required: true },
      localId: { type: 'string', required: true, readOnly: true },
      budgetLineId: { type: 'string', required: true },
      objectiveCode: { type: 'string' },
      amount: { type: 'number', required: true },
      description: { type: 'string' },
    },
    indexes: {
      byId: { pk: { field: 'pk', composite: ['programId'] }, sk: { field: 'sk', composite: ['localId'] } },
      byDate: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['programId'] }, sk: { field: 'gsi1sk', composite: ['date', 'localId'] } },
    },
  }),
);

export type ObjectiveRecord = EntityItem<typeof Objective>;
export type IndicatorRecord = EntityItem<typeof Indicator>;
export type BudgetLineRecord = EntityItem<typeof BudgetLine>;
export type IndicatorValueRecord = EntityItem<typeof IndicatorValue>;
export type ObservationRecord = EntityItem<typeof Observation>;
export type ExpenditureRecord = EntityItem<typeof Expenditure>;

/** The framework collection (objectives, indicators, budget lines of a program): one Query. */
export const frameworkOf = bind(new Service({ objective: Objective, indicator: Indicator, budgetLine: BudgetLine }));
