import { createHash, randomUUID } from 'node:crypto';
import type { ActivityRecordFilter } from '@ruta/schema/generated/types';
import { isWithin } from '@ruta/schema/objectiveCodes';
import { effectiveTerms } from '@ruta/schema/programTerms';
import { problem, type FieldProblem, type ValidationKey } from '@ruta/schema/problems';
import {
  activityImportRow,
  checkActivityRules,
  createActivityRecordInput,
  periodInput,
  quarter as quarterSchema,
  quarterOf,
  quarterRange,
  reachedWithTotals,
  reviewInput,
  updateActivityRecordInput,
  type ActivityImportRow,
  type ReachedLine,
} from '@ruta/schema/zod/activityRecord';
import * as z from 'zod';
import { assertProgramReach, reachOf, reaches, type Reach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, forbidden, notFound, parseInput, staleVersion } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { emptyPage, readPage } from '#platform/paging';
import { step, transact, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { ProgramStat } from '#modules/aggregates/entity';
import { auditStep } from '#modules/audit/service';
import { importRows } from '#modules/batchImport/importRows';
import { programExists } from '#modules/framework/links';
import { AgreementInProgram, AgreementParty } from '#modules/partnerAgreement/entity';
import { Program, type ProgramRecord } from '#modules/program/entity';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, versionIs } from '#modules/records/writes';
import { snapshotOf } from '#modules/activityRecord/changes';
import { activityContributions, partnerBucket, quarterMonth } from '#modules/activityRecord/contributions';
import { ActivityRecord, PeriodLock, QUEUE_RANK, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { activityOwner } from '#modules/activityRecord/owners';
import { activityChecks } from '#modules/activityRecord/steps';

const TYPE = 'ActivityRecord';
const PERIOD = 'ReportingPeriod';
/** A period's audit id: ids are lower case (`p-1~2008-q2`). */
const periodIdOf = (programId: string, quarter: string) => `${programId}~${quarter.toLowerCase()}`;

function recordLoader(ctx: RequestContext) {
  return ctx.loaders.get<ActivityRecordItem>('activityRecordById', async (ids) => {
    const { data } = await ActivityRecord.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (r) => r.id);
  });
}

/** The record, if the caller reaches it through `operation`'s rule; another organization's reads as missing. */
async function reachable(ctx: RequestContext, type: 'Query' | 'Mutation', operation: string, id: string): Promise<ActivityRecordItem> {
  // A write reads the record as it is now, never the request's cached copy (a seed or a script runs many writes in one context).
  const data = type === 'Query' ? await recordLoader(ctx).load(id) : (await ActivityRecord.get({ id }).go()).data;
  if (!data || !reaches(reachOf(ctx, type, operation), activityOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

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

// ─── Writes ─────────────────────────────────────────────────────────────────────────────────────

interface Content {
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
function derived(c: Content) {
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

const inStatus = (status: ActivityRecordItem['status']) => ({ status, queue: QUEUE_RANK[status] });

/** The record's dates lie within the program's (its end date as the modifications left it). */
function withinProgram(program: ProgramRecord, startDate: string, endDate: string, at = 'input'): FieldProblem[] {
  const from = program.startDate;
  const to = effectiveTerms(program).endDate;
  const p = (f: string) => (at ? `${at}.${f}` : f);
  return [
    ...(startDate < from || startDate > to ? [problem(p('startDate'), 'validation.outside_program', { start: from, end: to })] : []),
    ...(endDate > to || endDate < from ? [problem(p('endDate'), 'validation.outside_program', { start: from, end: to })] : []),
  ];
}

async function programOf(programId: string, path = 'input.programId'): Promise<ProgramRecord> {
  const { data } = await Program.get({ id: programId }).go();
  if (!data) throw badInput([problem(path, 'validation.unknown_program')]);
  return data;
}

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

/** Only drafts and returned records change; typed on the record's id. */
function assertEditable(r: ActivityRecordItem, key: ValidationKey = 'validation.record_not_editable') {
  if (r.status !== 'DRAFT' && r.status !== 'RETURNED') throw badInput([problem('input.id', key, { status: r.status })]);
}

/** One record's versioned change (a full put conditional on the version read), its checks and aggregates. */
function changeSteps(ctx: RequestContext, current: ActivityRecordItem, next: ActivityRecordItem): Step[] {
  return [
    step(ActivityRecord.put(next).where(versionIs(current.version)).commit(), () => staleVersion()),
    ...activityChecks(current, next),
    auditStep(ctx, 'UPDATE', TYPE, current.id, { before: current.version, after: next.version }),
  ];
}

function bumped(ctx: RequestContext, current: ActivityRecordItem, changes: Partial<ActivityRecordItem>): ActivityRecordItem {
  return { ...current, ...changes, version: current.version + 1, updatedAt: ctx.now.toISOString() } as ActivityRecordItem;
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

/**
 * Approves or returns up to MAX_REVIEW records in one transaction: each record's put (conditional on
 * the version read) and audit event, its quarter's lock check (folded per quarter), and the
 * aggregates of all of them folded into one update per item — all or nothing.
 */
export async function reviewActivityRecords(ctx: RequestContext, raw: unknown): Promise<ActivityRecordItem[]> {
  const { ids, decision, comment } = parseInput(reviewInput, raw, []);
  const { data: found } = await ActivityRecord.get(ids.map((id) => ({ id }))).go();
  const loaded = ids.map((id) => found.find((r) => r.id === id));
  const reach = reachOf(ctx, 'Mutation', 'reviewActivityRecords');
  const records = loaded.map((r, i) => {
    if (!r || !reaches(reach, activityOwner, r, TYPE)) throw notFound(TYPE, ids[i]!);
    return r;
  });
  const from = decision === 'APPROVE' ? ['SUBMITTED'] : ['SUBMITTED', 'APPROVED'];
  const refused = records.flatMap((r, i) =>
    from.includes(r.status)
      ? []
      : [problem(`ids.${i}`, 'validation.not_reviewable', { status: r.status, decision: decision === 'APPROVE' ? 'approve' : 'return' })],
  );
  if (refused.length) throw badInput(refused);
  const now = ctx.now.toISOString();
  const nexts = records.map((r) =>
    bumped(ctx, r, {
      ...inStatus(decision === 'APPROVE' ? 'APPROVED' : 'RETURNED'),
      reviewedBy: ctx.identity.username,
      reviewedAt: now,
      ...(comment ? { reviewComment: comment } : {}),
    }),
  );
  await transact([
    ...records.flatMap((r, i) => changeSteps(ctx, r, nexts[i]!)),
    ...statSteps(records.flatMap(activityContributions), nexts.flatMap(activityContributions)),
  ]);
  return nexts;
}

// ─── Reporting periods ──────────────────────────────────────────────────────────────────────────

const periodView = (programId: string, quarter: string, lock?: { lockedBy: string; lockedAt: string } | null) => ({
  programId,
  quarter,
  locked: !!lock,
  lockedBy: lock?.lockedBy ?? null,
  lockedAt: lock?.lockedAt ?? null,
});

export async function reportingPeriods(ctx: RequestContext, programId: string) {
  assertProgramReach(ctx, 'reportingPeriods', programId);
  const { data } = await PeriodLock.query.byProgram({ programId }).go({ pages: 'all' });
  return data.map((l) => periodView(programId, l.quarter, l));
}

/** Locks a quarter (idempotent: a locked quarter stays as it was locked), audited. */
export async function lockPeriod(ctx: RequestContext, raw: unknown) {
  const { programId, quarter } = parseInput(periodInput, raw, []);
  const { data: existing } = await PeriodLock.get({ programId, quarter }).go();
  if (existing) return periodView(programId, quarter, existing);
  const lock = { programId, quarter, lockedBy: ctx.identity.username, lockedAt: ctx.now.toISOString() };
  await transact([
    step(PeriodLock.create(lock).commit(), conflict('The quarter was locked at the same moment')),
    programExists(programId, 'programId'),
    auditStep(ctx, 'CREATE', PERIOD, periodIdOf(programId, quarter), {}),
  ]);
  return periodView(programId, quarter, lock);
}

/** Unlocks a quarter (admins), audited; NOT_FOUND when it is not locked. */
export async function unlockPeriod(ctx: RequestContext, raw: unknown) {
  const { programId, quarter } = parseInput(periodInput, raw, []);
  const periodId = periodIdOf(programId, quarter);
  await transact([
    step(
      PeriodLock.delete({ programId, quarter })
        .where((a, op) => op.exists(a.lockedAt))
        .commit(),
      notFound(PERIOD, periodId),
    ),
    auditStep(ctx, 'DELETE', PERIOD, periodId, {}),
  ]);
  return periodView(programId, quarter, null);
}

/**
 * Per partner of the program — the parties of its agreements other than its implementer and donors,
 * and anyone who reported — the quarter's records by status, from the counts the records' transactions
 * keep (`q:<quarter>` × `org:<id>` aggregates): three Queries, however many records.
 */
export async function activityCompleteness(ctx: RequestContext, programId: string, quarterIn: string) {
  assertProgramReach(ctx, 'activityCompleteness', programId);
  const quarter = parseInput(quarterSchema, quarterIn, ['quarter']);
  const [{ data: program }, { data: agreements }, { data: stats }] = await Promise.all([
    Program.get({ id: programId }).go(),
    AgreementInProgram.query.byStart({ programId }).go({ pages: 'all' }),
    ProgramStat.query
      .byMonth({ programId })
      .begins({ month: quarterMonth(quarter) })
      .go({ pages: 'all' }),
  ]);
  if (!program) throw notFound('Program', programId);
  const notPartners = new Set([program.implementerId, ...program.donorIds]);
  const partners = new Set(agreements.flatMap((a) => a.partyIds).filter((id) => !notPartners.has(id)));
  const counts = new Map(stats.filter((s) => s.month === quarterMonth(quarter)).map((s) => [s.bucket, s]));
  for (const bucket of counts.keys()) if (bucket.startsWith('org:')) partners.add(bucket.slice(4));
  return [...partners]
    .map((organizationId) => {
      const s = counts.get(partnerBucket(organizationId));
      const pending = s?.activitiesPending ?? 0;
      const approved = s?.activitiesApproved ?? 0;
      return {
        organizationId,
        drafts: s?.activitiesDraft ?? 0,
        pending,
        approved,
        returned: s?.activitiesReturned ?? 0,
        hasSubmitted: pending + approved > 0,
      };
    })
    .sort((a, b) => Number(a.hasSubmitted) - Number(b.hasSubmitted) || a.organizationId.localeCompare(b.organizationId));
}

// ─── Batch import ───────────────────────────────────────────────────────────────────────────────

/** The same row (partner, program, objective, start date, title) always names the same record. */
const importId = (r: { organizationId: string; programId: string; objectiveCode: string; startDate: string; title: string }) =>
  `ar-${createHash('sha256')
    .update(JSON.stringify([r.organizationId, r.programId, r.objectiveCode, r.startDate, r.title]))
    .digest('hex')
    .slice(0, 32)}`;

/**
 * A quarter's records from a CSV, through the shared batch import: each row validated with the shared
 * schema plus the program's dates and the caller's organization, written as SUBMITTED (pending review)
 * with its checks, the quarter's lock check and audit event, in chunks of at most 100 items. Re-uploading
 * the same file writes nothing new.
 */
export async function importActivityRecords(ctx: RequestContext, rows: readonly unknown[]) {
  const reach = reachOf(ctx, 'Mutation', 'importActivityRecords');
  const own = reach && reach.scope !== 'all' && reach.scope !== 'program' ? reach.organizationId : null;
  if (!reach) throw forbidden();
  const programIds = [
    ...new Set(rows.map((r) => (r as { programId?: unknown })?.programId).filter((p): p is string => typeof p === 'string')),
  ].slice(0, 100);
  const { data: programs } = programIds.length ? await Program.get(programIds.map((id) => ({ id }))).go() : { data: [] };
  const programById = new Map(programs.map((p) => [p.id, p]));
  const schema = activityImportRow.superRefine((r, c) => {
    const fail = (path: string, key: ValidationKey, params?: Record<string, string>) =>
      c.addIssue({ code: 'custom', path: [path], message: key, ...(params ? { params } : {}), input: r[path as never] });
    if (reach.scope === 'all' && !r.organizationId) fail('organizationId', 'validation.required');
    if (reach.scope !== 'all' && r.organizationId && r.organizationId !== own) fail('organizationId', 'validation.not_your_organization');
    const program = programById.get(r.programId);
    if (!program) return fail('programId', 'validation.unknown_program');
    for (const p of withinProgram(program, r.startDate, r.endDate, '')) fail(p.path, p.key, p.params as Record<string, string>);
  }) as unknown as z.ZodType<ActivityImportRow>;
  const now = ctx.now.toISOString();
  return importRows<ActivityImportRow, ActivityRecordItem>(
    ctx,
    {
      type: TYPE,
      schema,
      idOf: (r) => importId({ ...r, organizationId: r.organizationId ?? own ?? '' }),
      recordOf: (r, id) => {
        const { row: _row, expectedTotal: _t, ...content } = r;
        const record = {
          ...derived({ ...content, organizationId: r.organizationId ?? own! }),
          id,
          ...inStatus('SUBMITTED'),
          submittedAt: now,
        };
        return { ...record, lastSubmitted: snapshotOf(record) } as never;
      },
      put: (record) => ActivityRecord.create(record).commit(),
      steps: (record) => activityChecks(null, record, ''),
      contributions: activityContributions,
      load: async (ids) => (ids.length ? (await ActivityRecord.get(ids.map((id) => ({ id }))).go()).data : []),
    },
    rows,
  );
}
