import type { TrainingFilter, TrainingSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';
import { Training, TrainingOrganization, type TrainingRecord } from '#modules/training/entity';

/**
 * Which index serves a training list. The selective filter picks it — organization (the organization
 * copies), else program and objective (`byObjective`), else program (`byProgram`), else province
 * (`byProvince`), else none (`byStart`) — and the remaining filters become filter expressions; the
 * start-date range is always a key condition, because every one of these indexes is sorted by start date.
 */
export interface RunnableQuery {
  where(condition: Where): RunnableQuery;
  go(options: { limit: number; order: 'asc' | 'desc'; cursor: string | null; pages: number }): Promise<{
    data: (TrainingRecord & { organizationId?: string })[];
    cursor: string | null;
  }>;
}

type Where = Parameters<ReturnType<typeof Training.query.byStart>['where']>[0];

export const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function checkFilter(filter: TrainingFilter) {
  if (filter.startFrom && filter.startTo && filter.startTo < filter.startFrom) {
    throw badInput([problem('filter.startTo', 'validation.end_before_start')]);
  }
  if (filter.objectiveCode && !filter.programId) {
    throw badInput([problem('filter.objectiveCode', 'validation.objective_needs_program')], 'filter.objectiveCode needs filter.programId');
  }
}

export function planTrainingList(filter: TrainingFilter, sort: TrainingSort | null | undefined) {
  checkFilter(filter);
  const order = sort?.order === 'ASC' ? ('asc' as const) : ('desc' as const);
  const conditions: Where[] = [];
  const { programId, objectiveCode, organizationId, provinceCode } = filter;
  const byProvince: Where = (a, op) => op.eq(a.provinceKey, provinceCode!);
  // biome-ignore lint/suspicious/noImplicitAnyLet: the union of the ElectroDB queries assigned below
  let base;
  let index: string;
  if (organizationId) {
    index = `byOrganization:${organizationId}`;
    base = TrainingOrganization.query.byOrganization({ organizationId });
    if (programId) conditions.push((a, op) => op.eq(a.programId, programId));
    if (objectiveCode) conditions.push((a, op) => op.eq(a.objectiveCode, objectiveCode));
    if (provinceCode) conditions.push(byProvince);
  } else if (programId && objectiveCode) {
    index = `byObjective:${programId}:${objectiveCode}`;
    base = Training.query.byObjective({ programId, objectiveCode });
    if (provinceCode) conditions.push(byProvince);
  } else if (programId) {
    index = `byProgram:${programId}`;
    base = Training.query.byProgram({ programId });
    if (provinceCode) conditions.push(byProvince);
  } else if (provinceCode) {
    index = `byProvince:${provinceCode}`;
    base = Training.query.byProvince({ provinceKey: provinceCode });
  } else {
    index = 'byStart';
    base = Training.query.byStart({});
  }
  const from = filter.startFrom ?? undefined;
  const upTo = filter.startTo ? nextDay(filter.startTo) : undefined;
  const starts = base as ReturnType<typeof Training.query.byStart>;
  const ranged =
    from && upTo
      ? starts.between({ startDate: from }, { startDate: upTo })
      : from
        ? starts.gte({ startDate: from })
        : upTo
          ? starts.lt({ startDate: upTo })
          : starts;
  let query = ranged as unknown as RunnableQuery;
  for (const c of conditions) query = query.where(c);
  // The list name binds a cursor to the index and filters it was issued for.
  const bound = JSON.stringify([programId, objectiveCode, provinceCode, from, upTo]);
  return { query, order, filtered: conditions.length > 0, index: `${index}:${bound}` };
}
