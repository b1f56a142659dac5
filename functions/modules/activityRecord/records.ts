/**
 * What every change of an activity record shares: reading the record the caller reaches (another
 * organization's reads as missing), its stored form, the program's dates, the status rank and one
 * record's versioned put with its checks and audit event. The lifecycle (service.ts), the review
 * (review.ts) and the import (importRecords.ts) build their transactions from these.
 */
import { effectiveTerms } from '@ruta/schema/programTerms';
import { problem, type FieldProblem, type ValidationKey } from '@ruta/schema/problems';
import { quarterOf, reachedWithTotals, type ReachedLine } from '@ruta/schema/zod/activityRecord';
import { reachOf, reaches } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { step, type Step } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { Program, type ProgramRecord } from '#modules/program/entity';
import { withoutNulls } from '#modules/records/changes';
import type { created } from '#modules/records/tracked';
import { versionIs } from '#modules/records/writes';
import { ActivityRecord, QUEUE_RANK, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { activityOwner } from '#modules/activityRecord/owners';
import { activityChecks } from '#modules/activityRecord/steps';

export const TYPE = 'ActivityRecord';

function recordLoader(ctx: RequestContext) {
  return ctx.loaders.get<ActivityRecordItem>('activityRecordById', async (ids) => {
    const { data } = await ActivityRecord.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (r) => r.id);
  });
}

/** The record, if the caller reaches it through `operation`'s rule; another organization's reads as missing. */
export async function reachable(
  ctx: RequestContext,
  type: 'Query' | 'Mutation',
  operation: string,
  id: string,
): Promise<ActivityRecordItem> {
  // A write reads the record as it is now, never the request's cached copy (a seed or a script runs many writes in one context).
  const data = type === 'Query' ? await recordLoader(ctx).load(id) : (await ActivityRecord.get({ id }).go()).data;
  if (!data || !reaches(reachOf(ctx, type, operation), activityOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

export interface Content {
  organizationId: string;
  programId: string;
  objectiveCode: string;
  title: string;
  kind: ActivityRecordItem['kind'];
  startDate: string;
  endDate: string;
  place: { country: string; provinceCode?: string | null; cantonCode?: string | null; locality?: string | null };
  reached: readonly ReachedLine[];
  narrative?: string | null;
  attachments?: ActivityRecordItem['attachments'] | null;
  trainingId?: string | null;
  agreementId?: string | null;
}

/** The stored form of a record's content: derived quarter, lines with totals, the totals. */
export function derived(c: Content) {
  const { reached, totals } = reachedWithTotals(c.reached);
  return withoutNulls({
    ...c,
    place: withoutNulls(c.place),
    quarter: quarterOf(c.startDate),
    reached,
    totals,
    attachments: c.attachments?.length ? c.attachments : undefined,
  }) as Omit<ActivityRecordItem, 'id' | 'status' | 'queue' | keyof ReturnType<typeof created>>;
}

export const inStatus = (status: ActivityRecordItem['status']) => ({ status, queue: QUEUE_RANK[status] });

/** The record's dates lie within the program's (its end date as the modifications left it). */
export function withinProgram(program: ProgramRecord, startDate: string, endDate: string, at = 'input'): FieldProblem[] {
  const from = program.startDate;
  const to = effectiveTerms(program).endDate;
  const p = (f: string) => (at ? `${at}.${f}` : f);
  return [
    ...(startDate < from || startDate > to ? [problem(p('startDate'), 'validation.outside_program', { start: from, end: to })] : []),
    ...(endDate > to || endDate < from ? [problem(p('endDate'), 'validation.outside_program', { start: from, end: to })] : []),
  ];
}

export async function programOf(programId: string, path = 'input.programId'): Promise<ProgramRecord> {
  const { data } = await Program.get({ id: programId }).go();
  if (!data) throw badInput([problem(path, 'validation.unknown_program')]);
  return data;
}

/** Only drafts and returned records change; typed on the record's id. */
export function assertEditable(r: ActivityRecordItem, key: ValidationKey = 'validation.record_not_editable') {
  if (r.status !== 'DRAFT' && r.status !== 'RETURNED') throw badInput([problem('input.id', key, { status: r.status })]);
}

/** One record's versioned change (a full put conditional on the version read), its checks and aggregates. */
export function changeSteps(ctx: RequestContext, current: ActivityRecordItem, next: ActivityRecordItem): Step[] {
  return [
    step(ActivityRecord.put(next).where(versionIs(current.version)).commit(), () => staleVersion()),
    ...activityChecks(current, next),
    auditStep(ctx, 'UPDATE', TYPE, current.id, { before: current.version, after: next.version }),
  ];
}

export function bumped(ctx: RequestContext, current: ActivityRecordItem, changes: Partial<ActivityRecordItem>): ActivityRecordItem {
  return { ...current, ...changes, version: current.version + 1, updatedAt: ctx.now.toISOString() } as ActivityRecordItem;
}
