import { Entity, type EntityItem } from 'electrodb';
import { PARTICIPANT_SEXES, TRAINING_KINDS } from '@ruta/schema/zod/training';
import { bind } from '#platform/store';
import { trackedAttributes } from '#modules/records/tracked';

const counts = {
  women: { type: 'number', required: true },
  men: { type: 'number', required: true },
  notRecorded: { type: 'number', required: true },
  total: { type: 'number', required: true },
} as const;

/** Abroad (no province) a training is listed under its country: `~PE`, after every INEC code. */
export const provinceKeyOf = (place: { country?: string; provinceCode?: string | null } | undefined) =>
  place?.provinceCode ?? `~${place?.country ?? 'EC'}`;

const attributes = {
  id: { type: 'string', required: true, readOnly: true },
  title: { type: 'string', required: true },
  kind: { type: TRAINING_KINDS, required: true },
  topics: { type: 'list', items: { type: 'string' } },
  startDate: { type: 'string', required: true },
  endDate: { type: 'string', required: true },
  place: {
    type: 'map',
    required: true,
    properties: {
      country: { type: 'string', required: true },
      provinceCode: { type: 'string' },
      cantonCode: { type: 'string' },
      locality: { type: 'string' },
    },
  },
  /** The province's INEC code, or `~<country>` abroad: the province list's key (always present). */
  provinceKey: {
    type: 'string',
    hidden: true,
    watch: ['place'],
    set: (_: unknown, item: { place?: { country?: string; provinceCode?: string } }) =>
      item.place === undefined ? undefined : provinceKeyOf(item.place),
  },
  organizerIds: { type: 'list', items: { type: 'string' }, required: true },
  programId: { type: 'string', required: true },
  objectiveCode: { type: 'string', required: true },
  audience: {
    type: 'list',
    required: true,
    items: {
      type: 'map',
      properties: { organizationId: { type: 'string' }, group: { type: 'string' }, ...counts },
    },
  },
  /** Derived on write: from the roster when there is one, else the sum of the audience lines. */
  totals: { type: 'map', required: true, properties: counts },
  rosterSize: { type: 'number', required: true },
  ...trackedAttributes,
} as const;

/**
 * The training. Every list is keyed under a program, a province or an organization and sorted by start
 * date (a date range is a key condition): `byProgram` (gsi1), `byObjective` (gsi2: program and
 * objective code), `byProvince` (gsi3), and `byStart` (gsi4, static: the staff's unfiltered list, like
 * agreements'). The roster is a separate item, so no list page ever carries personal data.
 */
export const Training = bind(
  new Entity({
    model: { entity: 'training', version: '1', service: 'ruta' },
    attributes,
    indexes: {
      byId: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: [] } },
      byProgram: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['programId'] },
        sk: { field: 'gsi1sk', composite: ['startDate', 'id'] },
      },
      byObjective: {
        index: 'gsi2',
        pk: { field: 'gsi2pk', composite: ['programId', 'objectiveCode'] },
        sk: { field: 'gsi2sk', composite: ['startDate', 'id'] },
      },
      byProvince: {
        index: 'gsi3',
        pk: { field: 'gsi3pk', composite: ['provinceKey'] },
        sk: { field: 'gsi3sk', composite: ['startDate', 'id'] },
      },
      byStart: { index: 'gsi4', pk: { field: 'gsi4pk', composite: [] }, sk: { field: 'gsi4sk', composite: ['startDate', 'id'] } },
    },
  }),
);

/**
 * A full copy of the training (without the roster) per organization it names — organizers and
 * participating organizations — in the training's item collection: "trainings of organization X"
 * (partners' lists) is one Query on `byOrganization` with complete rows. Rewritten in the training's
 * transactions (at most 30 organizations: MAX_ORGANIZERS + MAX_AUDIENCE_LINES).
 */
export const TrainingOrganization = bind(
  new Entity({
    model: { entity: 'trainingOrganization', version: '1', service: 'ruta' },
    attributes: { ...attributes, organizationId: { type: 'string', required: true, readOnly: true } },
    indexes: {
      byTraining: { pk: { field: 'pk', composite: ['id'] }, sk: { field: 'sk', composite: ['organizationId'] } },
      byOrganization: {
        index: 'gsi1',
        pk: { field: 'gsi1pk', composite: ['organizationId'] },
        sk: { field: 'gsi1sk', composite: ['startDate', 'id'] },
      },
    },
  }),
);

/**
 * The attendance roster: one item per training (a list of at most MAX_ROSTER people and
 * MAX_ROSTER_BYTES of text, well under DynamoDB's 400 KB), read only by `Training.roster`.
 */
export const TrainingRosterItem = bind(
  new Entity({
    model: { entity: 'trainingRoster', version: '1', service: 'ruta' },
    attributes: {
      trainingId: { type: 'string', required: true, readOnly: true },
      entries: {
        type: 'list',
        required: true,
        items: {
          type: 'map',
          properties: {
            name: { type: 'string', required: true },
            sex: { type: PARTICIPANT_SEXES, required: true },
            institution: { type: 'string' },
            position: { type: 'string' },
            email: { type: 'string' },
          },
        },
      },
    },
    indexes: {
      byTraining: { pk: { field: 'pk', composite: ['trainingId'] }, sk: { field: 'sk', composite: [] } },
    },
  }),
);

export type TrainingRecord = EntityItem<typeof Training>;
export type RosterEntryRecord = EntityItem<typeof TrainingRosterItem>['entries'][number];
/** A roster entry as the API resolves it: it carries the training's organizers, who own it. */
export type RosterEntryView = RosterEntryRecord & { organizerIds: readonly string[] };
/** The roster as the API resolves it. */
export interface RosterView {
  trainingId: string;
  organizerIds: readonly string[];
  entries: RosterEntryView[];
}
