import { enumLabel, isoDate, namesOf } from '../../commons/export/csvExport.ts';
import { columnsOf, listExporter } from '../../commons/export/listExporter.ts';
import { placeText } from '../../commons/place/place.ts';
import type { TrainingFieldsFragment } from '../../graphql/generated/graphql.ts';

const { field, column } = columnsOf<TrainingFieldsFragment>('Training');

/** One participating institution and its count, e.g. "Policía Nacional del Ecuador: 500". */
const lineText = (l: TrainingFieldsFragment['audience'][number]) => `${l.organization?.name ?? l.group ?? '—'}: ${l.total}`;

/**
 * The trainings list as a spreadsheet: organizers and institutions by name, the place in words, the
 * participants by sex. Never the roster (personal data): the list does not even read it.
 */
export const trainingExporter = listExporter<TrainingFieldsFragment>('Training', [
  field('id'),
  field('title'),
  column('kind', (t, { translate }) => enumLabel('TrainingKind', t.kind, translate)),
  column('topics', (t) => t.topics.join('; ')),
  column('startDate', (t) => isoDate(t.startDate)),
  column('endDate', (t) => isoDate(t.endDate)),
  column('place', (t, { locale }) => placeText(t.place, locale)),
  column('organizers', (t) => namesOf(t.organizers)),
  field('programId'),
  field('objectiveCode'),
  column('audience', (t) => t.audience.map(lineText).join('; ')),
  column('women', (t) => t.totals.women),
  column('men', (t) => t.totals.men),
  column('notRecorded', (t) => t.totals.notRecorded),
  column('total', (t) => t.totals.total),
  column('createdAt', (t) => isoDate(t.createdAt)),
  column('updatedAt', (t) => isoDate(t.updatedAt)),
]);
