/**
 * Activity records: reading and listing them, and a record's own lifecycle — create (DRAFT), edit while
 * DRAFT or RETURNED, submit, delete a draft. Review is review.ts, quarters and completeness periods.ts,
 * the CSV import importRecords.ts.
 */
import { randomUUID } from 'node:crypto';
import type { ActivityRecordFilter } from '@ruta/schema/generated/types';
import { isWithin } from '@ruta/schema/objectiveCodes';
import { problem } from '@ruta/schema/problems';
import {
  checkActivityRules,
  createActivityRecordInput,
  quarter as quarterSchema,
  quarterRange,
  updateActivityRecordInput,
} from '@ruta/schema/zod/activityRecord';
import * as z from 'zod';
import { reachOf, type Reach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, forbidden, parseInput, staleVersion } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { step, transact } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { auditStep } from '#modules/audit/service';
import { AgreementParty } from '#modules/partnerAgreement/entity';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, versionIs } from '#modules/records/writes';
import { snapshotOf } from '#modules/activityRecord/changes';
import { activityContributions } from '#modules/activityRecord/contributions';
import { ActivityRecord, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { activityChecks } from '#modules/activityRecord/steps';
import {
  TYPE,
  assertEditable,
  bumped,
  changeSteps,
  derived,
  inStatus,
  programOf,
  reachable,
  withinProgram,
  type Content,
} from '#modules/activityRecord/records';

export const getActivityRecord = (ctx: RequestContext, id: string) => reachable(ctx, 'Query', 'activityRecord', id);

// ─── Lists ──────────────────────────────────────────────────────────────────────────────────────

type Where = Parameters<ReturnType<typeof ActivityRecord.query.byStart>['where']>[0];

/**
 * The index of a list: the organization's (partners always: returned records first), else the status
 * (the review queue), else the program, else every record by start date. The quarter is a key range on
 * the last three; the other filters narrow the page.
 */
export async function listActivityRecords(
  ctx: RequestContext,
  filterIn: ActivityRecordFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'activityRecords');
  if (!reach) return emptyPage<ActivityRecordItem>();
  if (reach.scope !== 'all') {
    const own = reach.scope === 'own' || reach.scope === 'ownOrProgram' ? reach.organizationId : null;
    if (!own || (filter.organizationId && filter.organizationId !== own)) return emptyPage<ActivityRecordItem>();
    filter.organizationId = own;
  }
  if (filter.quarter) parseInput(quarterSchema, filter.quarter, ['filter', 'quarter']);
  const range = filter.quarter ? quarterRange(filter.quarter) : null;
  const { organizationId, programId, status, objectiveCode } = filter;
  const conditions: Where[] = [];
  // biome-ignore lint/suspicious/noImplicitAnyLet: the union of the ElectroDB queries assigned below
  let base;
  let index: string;
  let dated = true;
  if (organizationId) {
    index = `byOrganization:${organizationId}`;
    base = ActivityRecord.query.byOrganization({ organizationId });
    dated = false;
    if (status) conditions.push((a, op) => op.eq(a.status, status));
    if (programId) conditions.push((a, op) => op.eq(a.programId, programId));
    if (range) conditions.push((a, op) => op.between(a.startDate, range.from, range.to));
  } else if (status) {
    index = `byStatus:${status}`;
    base = ActivityRecord.query.byStatus({ status });
    if (programId) conditions.push((a, op) => op.eq(a.programId, programId));
  } else if (programId) {
    index = `byProgram:${programId}`;
    base = ActivityRecord.query.byProgram({ programId });
  } else {
    index = 'byStart';
    base = ActivityRecord.query.byStart({});
  }
  if (objectiveCode) conditions.push((a, op) => op.eq(a.objectiveCode, objectiveCode));
  const starts = base as ReturnType<typeof ActivityRecord.query.byStart>;
  let query = (dated && range ? starts.between({ startDate: range.from }, { startDate: `${range.to}~` }) : starts) as unknown as {
    where(w: Where): typeof query;
    go: ReturnType<typeof ActivityRecord.query.byStart>['go'];
  };
  for (const c of conditions) query = query.where(c);
  const bound = JSON.stringify([programId, status, objectiveCode, filter.quarter]);
  return readPage(ctx, `activityRecords:${index}:${bound}`, query as never, {
    first,
    after,
    order: 'desc',
    filtered: conditions.length > 0,
  }) as Promise<{ nodes: ActivityRecordItem[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>;
}

// ─── A record's lifecycle ───────────────────────────────────────────────────────────────────────

/**
 * Warnings that do not stop a record: an objective none of the partner's agreements in the program
 * covers (an agreement's objective covers its activities). One Query of the partner's agreements.
 */
async function warningsOf(organizationId: string, programId: string, objectiveCode: string): Promise<string | undefined> {
  const { data } = await AgreementParty.query
    .byOrganization({ organizationId })
    .where((a, op) => op.eq(a.programId, programId))
    .go({ pages: 'all' });
  const covered = data.some((a) => a.objectiveCodes.some((c) => isWithin(objectiveCode, c)));
  if (covered) return undefined;
  return JSON.stringify([{ path: 'input.objectiveCode', key: 'validation.objective_not_in_agreements', params: { code: objectiveCode } }]);
}

/** The partner a record is for: a partner's own organization (naming another is refused); staff must name one. */
function organizationFor(reach: Reach | undefined, requested: string | null | undefined, path = 'input.organizationId'): string {
  if (!reach) throw forbidden();
  if (reach.scope === 'all') {
    if (!requested) throw badInput([problem(path, 'validation.required')]);
    return requested;
  }
  const own = reach.scope === 'own' || reach.scope === 'ownOrProgram' ? reach.organizationId : null;
  if (!own || (requested && requested !== own)) throw badInput([problem(path, 'validation.not_your_organization')]);
  return own;
}

export async function createActivityRecord(ctx: RequestContext, raw: unknown): Promise<ActivityRecordItem> {
  const input = parseInput(createActivityRecordInput, raw);
  const organizationId = organizationFor(reachOf(ctx, 'Mutation', 'createActivityRecord'), input.organizationId);
  const program = await programOf(input.programId);
  const outside = withinProgram(program, input.startDate, input.endDate);
  if (outside.length) throw badInput(outside);
  const { id: requestedId, expectedTotal: _t, ...content } = input;
  const warnings = await warningsOf(organizationId, input.programId, input.objectiveCode);
  const record = {
    ...derived({ ...content, organizationId }),
    ...inStatus('DRAFT'),
    ...(warnings ? { warnings } : {}),
    id: requestedId ?? randomUUID(),
    ...created(ctx, input),
  } as ActivityRecordItem;
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: ActivityRecord.create(record).commit(),
    load: async () => (await ActivityRecord.get({ id: record.id }).go()).data,
    steps: [...activityChecks(null, record), ...statSteps([], activityContributions(record))],
  });
}

export async function updateActivityRecord(ctx: RequestContext, raw: unknown): Promise<ActivityRecordItem> {
  const { id, version, expectedTotal, ...changes } = parseInput(updateActivityRecordInput, raw);
  const current = await reachable(ctx, 'Mutation', 'updateActivityRecord', id);
  assertEditable(current);
  if (current.version !== version) throw staleVersion(current.version);
  const content: Content = {
    organizationId: current.organizationId,
    programId: current.programId,
    objectiveCode: changes.objectiveCode ?? current.objectiveCode,
    title: changes.title ?? current.title,
    kind: changes.kind ?? current.kind,
    startDate: changes.startDate ?? current.startDate,
    endDate: changes.endDate ?? current.endDate,
    place: changes.place ? withoutNulls(changes.place) : current.place,
    reached: changes.reached ?? current.reached,
    narrative: changes.narrative === undefined ? current.narrative : changes.narrative,
    attachments: changes.attachments === undefined ? current.attachments : changes.attachments,
    trainingId: changes.trainingId === undefined ? current.trainingId : changes.trainingId,
    agreementId: changes.agreementId === undefined ? current.agreementId : changes.agreementId,
  };
  // The rules hold for the record as it will be: its dates in one quarter, the typed total of the lines.
  const combined = z
    .object({})
    .passthrough()
    .superRefine(checkActivityRules)
    .safeParse({ startDate: content.startDate, endDate: content.endDate, reached: content.reached, expectedTotal });
  const problems = combined.success ? [] : combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never));
  problems.push(...withinProgram(await programOf(current.programId, 'input.id'), content.startDate, content.endDate));
  if (problems.length) throw badInput(problems);
  const warnings = await warningsOf(current.organizationId, current.programId, content.objectiveCode);
  const { warnings: _w, narrative: _n, attachments: _a, trainingId: _tr, agreementId: _ag, ...kept } = current;
  const next = bumped(ctx, kept as ActivityRecordItem, { ...derived(content), ...(warnings ? { warnings } : {}) });
  await transact([...changeSteps(ctx, current, next), ...statSteps(activityContributions(current), activityContributions(next))]);
  return next;
}

export async function submitActivityRecord(ctx: RequestContext, id: string, version: number): Promise<ActivityRecordItem> {
  const current = await reachable(ctx, 'Mutation', 'submitActivityRecord', id);
  assertEditable(current, 'validation.not_submittable');
  if (current.version !== version) throw staleVersion(current.version);
  const next = bumped(ctx, current, {
    ...inStatus('SUBMITTED'),
    submittedAt: ctx.now.toISOString(),
    lastSubmitted: snapshotOf(current),
    ...(current.lastSubmitted ? { previousSubmitted: current.lastSubmitted } : {}),
  });
  await transact([...changeSteps(ctx, current, next), ...statSteps(activityContributions(current), activityContributions(next))]);
  return next;
}

export async function deleteActivityRecord(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const current = await reachable(ctx, 'Mutation', 'deleteActivityRecord', id);
  if (current.status !== 'DRAFT') throw badInput([problem('id', 'validation.record_not_editable', { status: current.status })]);
  if (current.version !== version) throw staleVersion(current.version);
  await transact([
    step(ActivityRecord.delete({ id }).where(versionIs(version)).commit(), () => staleVersion()),
    ...activityChecks(current, null, ''),
    ...statSteps(activityContributions(current), []),
    auditStep(ctx, 'DELETE', TYPE, id, { before: version }),
  ]);
  return { id };
}
