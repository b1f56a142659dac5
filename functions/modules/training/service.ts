import { randomUUID } from 'node:crypto';
import type { TrainingFilter, TrainingSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import {
  checkTrainingRules,
  createTrainingInput,
  lineWithTotal,
  participantTotals,
  updateTrainingInput,
  type AudienceLine,
  type RosterEntry,
} from '@ruta/schema/zod/training';
import * as z from 'zod';
import { assertProgramReach, reachOf, reaches } from '#platform/access';
import { compareCodes } from '@ruta/schema/objectiveCodes';
import { ProgramStat } from '#modules/aggregates/entity';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { byKeys } from '#platform/loaders';
import { emptyPage, readPage } from '#platform/paging';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { Training, TrainingRosterItem, type RosterEntryRecord, type RosterView, type TrainingRecord } from '#modules/training/entity';
import { planTrainingList } from '#modules/training/listQuery';
import { rosterOwner, trainingOwner } from '#modules/training/owners';
import { trainingSteps, type RosterChange } from '#modules/training/steps';

const TYPE = 'Training';

function trainingLoader(ctx: RequestContext) {
  return ctx.loaders.get<TrainingRecord>('trainingById', async (ids) => {
    const { data } = await Training.get(ids.map((id) => ({ id }))).go();
    return byKeys(ids, data, (t) => t.id);
  });
}

export async function getTraining(ctx: RequestContext, id: string): Promise<TrainingRecord> {
  const data = await trainingLoader(ctx).load(id);
  // Another organization's training reads as missing, so its existence does not leak either.
  if (!data || !reaches(reachOf(ctx, 'Query', 'training'), trainingOwner, data, TYPE)) throw notFound(TYPE, id);
  return data;
}

/** An organization copy carries its key attribute; the GraphQL type is the training. */
function asTraining(t: TrainingRecord & { organizationId?: string }): TrainingRecord {
  const { organizationId: _o, ...training } = t;
  return training;
}

export async function listTrainings(
  ctx: RequestContext,
  filterIn: TrainingFilter | null | undefined,
  sort: TrainingSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'trainings');
  if (!reach) return emptyPage<TrainingRecord>();
  if (reach.scope !== 'all') {
    // A partner lists through its organization's copies, whatever else it filters by.
    const organizationId = reach.scope === 'own' || reach.scope === 'ownOrProgram' ? reach.organizationId : null;
    if (!organizationId || (filter.organizationId && filter.organizationId !== organizationId)) return emptyPage<TrainingRecord>();
    filter.organizationId = organizationId;
  }
  const plan = planTrainingList(filter, sort);
  const page = await readPage(ctx, `trainings:${plan.index}`, plan.query, { first, after, order: plan.order, filtered: plan.filtered });
  return { ...page, nodes: page.nodes.map(asTraining) };
}

/** The roster for callers who may read it (the program team, the organizing partner); null otherwise or without one. */
export async function trainingRoster(ctx: RequestContext, t: TrainingRecord): Promise<RosterView | null> {
  if (!t.rosterSize) return null;
  const view = { trainingId: t.id, organizerIds: t.organizerIds };
  if (!reaches(reachOf(ctx, 'TrainingRoster', 'entries'), rosterOwner, view, 'TrainingRoster')) return null;
  const { data } = await TrainingRosterItem.get({ trainingId: t.id }).go();
  return { ...view, entries: (data?.entries ?? []).map((e) => ({ ...e, organizerIds: t.organizerIds })) };
}

const storedLine = (l: AudienceLine) => lineWithTotal(withoutNulls({ ...l, expectedTotal: undefined }));
const storedEntry = (e: RosterEntry) => withoutNulls(e) as RosterEntryRecord;

/** The derived fields of a training: lines with their totals, the training's totals, the roster's size. */
function derived(audience: readonly AudienceLine[], roster: readonly RosterEntry[] | null | undefined, rosterSize: number) {
  const lines = audience.map(storedLine);
  const size = roster === undefined ? rosterSize : (roster?.length ?? 0);
  return { audience: lines, rosterSize: size };
}

export async function createTraining(ctx: RequestContext, raw: unknown): Promise<TrainingRecord> {
  const input = parseInput(createTrainingInput, raw);
  const { id: requestedId, roster, audience, place, ...fields } = input;
  const entries = roster?.length ? roster.map(storedEntry) : null;
  const record = {
    ...withoutNulls(fields),
    place: withoutNulls(place),
    ...derived(audience, roster ?? null, 0),
    totals: participantTotals(audience, entries),
    id: requestedId ?? randomUUID(),
    ...created(ctx, input),
  } as TrainingRecord;
  return createOnce(ctx, {
    type: TYPE,
    id: record.id,
    record,
    put: Training.create(record).commit(),
    load: async () => (await Training.get({ id: record.id }).go()).data,
    steps: trainingSteps(null, record, entries ? { entries } : undefined),
  });
}

/** Cross-field rules hold for the record as it will be, not only for the fields sent. */
function checkMerged(merged: object) {
  const combined = z.object({}).passthrough().superRefine(checkTrainingRules).safeParse(merged);
  if (!combined.success) {
    throw badInput(combined.error.issues.map((i) => problem(`input.${i.path.join('.')}`, i.message as never)));
  }
}

export async function updateTraining(ctx: RequestContext, raw: unknown): Promise<TrainingRecord> {
  const { id, version, roster, audience, place, ...changes } = parseInput(updateTrainingInput, raw);
  const { data: current } = await Training.get({ id }).go();
  if (!current) throw notFound(TYPE, id);
  const entries = roster?.length ? roster.map(storedEntry) : roster === undefined ? undefined : null;
  // The rules read the lines as sent (a typed total, counts beside a roster) and the record's roster as it will be.
  checkMerged({
    startDate: changes.startDate ?? current.startDate,
    endDate: changes.endDate ?? current.endDate,
    audience: audience ?? [],
    roster: entries === undefined ? (current.rosterSize ? [{}] : []) : (entries ?? []),
  });
  const lines = audience ? audience.map(storedLine) : current.audience;
  const rosterChange: RosterChange = entries === undefined ? undefined : entries ? { entries } : null;
  // Totals come from the roster when there is (or stays) one; a kept roster's counts are the stored totals.
  const totals =
    entries === undefined && current.rosterSize ? current.totals : participantTotals(lines, entries === undefined ? null : entries);
  const rosterSize = entries === undefined ? current.rosterSize : (entries?.length ?? 0);
  // Every key attribute is written again, so ElectroDB can rebuild each index whatever changed.
  const full = {
    ...changes,
    programId: changes.programId ?? current.programId,
    objectiveCode: changes.objectiveCode ?? current.objectiveCode,
    startDate: changes.startDate ?? current.startDate,
    place: place ? withoutNulls(place) : current.place,
    audience: lines,
    totals,
    rosterSize,
  };
  return updateVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    changes: full,
    patch: (set, remove) =>
      Training.patch({ id })
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
    steps: (merged) => trainingSteps(current, merged, rosterChange),
  });
}

export async function deleteTraining(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const { data: current } = await Training.get({ id }).go();
  return deleteVersioned(ctx, {
    type: TYPE,
    id,
    current,
    version,
    remove: Training.delete({ id }).where(versionIs(version)).commit(),
    steps: current ? trainingSteps(current, null) : [],
  });
}

/**
 * People trained by objective and sex over a whole program, for the dashboard: the program's aggregates
 * (pattern 17, one Query), summed per objective bucket over the months. Objectives without trainings are left out.
 */
export async function trainingTotals(ctx: RequestContext, programId: string) {
  assertProgramReach(ctx, 'trainingTotals', programId);
  const { data } = await ProgramStat.query.byMonth({ programId }).go({ pages: 'all' });
  const byCode = new Map<string, { objectiveCode: string; trainings: number; women: number; men: number; total: number }>();
  for (const s of data) {
    if (!s.trainingsHeld || s.month === 'total' || s.bucket.startsWith('line:')) continue;
    const t = byCode.get(s.bucket) ?? { objectiveCode: s.bucket, trainings: 0, women: 0, men: 0, total: 0 };
    t.trainings += s.trainingsHeld;
    t.women += s.womenTrained ?? 0;
    t.men += s.menTrained ?? 0;
    t.total += s.peopleTrained ?? 0;
    byCode.set(s.bucket, t);
  }
  return [...byCode.values()]
    .filter((t) => t.trainings > 0)
    .sort((a, b) => compareCodes(a.objectiveCode, b.objectiveCode))
    .map((t) => ({ ...t, notRecorded: t.total - t.women - t.men }));
}
