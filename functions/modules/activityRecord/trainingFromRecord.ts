/**
 * "A partner recording a training can create the training record from it": the training made from an
 * activity record of kind TRAINING, and the record linked to it, in one transaction.
 */
import { createHash } from 'node:crypto';
import type { TrainingKind } from '@ruta/schema/generated/types';
import type { ReachedLine } from '@ruta/schema/zod/activityRecord';
import { problem } from '@ruta/schema/problems';
import { createTrainingInput, lineWithTotal, participantTotals } from '@ruta/schema/zod/training';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, staleVersion } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { withoutNulls } from '#modules/records/changes';
import { versionIs } from '#modules/records/writes';
import { created } from '#modules/records/tracked';
import { Training, type TrainingRecord } from '#modules/training/entity';
import { trainingSteps } from '#modules/training/steps';
import { ActivityRecord, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { bumped, reachable, TYPE } from '#modules/activityRecord/records';
import { activityChecks } from '#modules/activityRecord/steps';

/** The training made from a record always has the same id, so a retry or a second click finds it. */
export const trainingIdOf = (recordId: string) => `tr-${createHash('sha256').update(recordId).digest('hex').slice(0, 32)}`;

/** The audience group of each age band: free text of the training, in the language the partners write in. */
const GROUP_OF: Record<ReachedLine['band'], string> = {
  CHILD: 'Niñas y niños (0–11 años)',
  ADOLESCENT: 'Adolescentes (12–17 años)',
  ADULT: 'Personas adultas (18 años y más)',
  AGE_NOT_RECORDED: 'Edad no registrada',
};

/** The training's input as the record says it: the shared training rules check it like any other. */
export function trainingInputOf(r: ActivityRecordItem, kind: TrainingKind) {
  return {
    id: trainingIdOf(r.id),
    title: r.title,
    kind,
    startDate: r.startDate,
    endDate: r.endDate,
    place: r.place,
    organizerIds: [r.organizationId],
    programId: r.programId,
    objectiveCode: r.objectiveCode,
    audience: r.reached
      .filter((l) => l.total > 0)
      .map((l) => ({ group: GROUP_OF[l.band], women: l.women, men: l.men, notRecorded: l.notRecorded })),
  };
}

/**
 * Creates the training of a TRAINING record (DRAFT or RETURNED: the link is an edit) and links the record
 * to it: the training, its organization copies, objective check and aggregates (trainingSteps), the
 * record's versioned put with its quarter's lock check, and both audit events — one transaction.
 * Idempotent: a record already linked to its training is returned as it is; a training already made from
 * it (the link since removed) is linked again, not made twice.
 */
export async function createTrainingFromActivityRecord(
  ctx: RequestContext,
  id: string,
  version: number,
  kind: TrainingKind | null | undefined,
): Promise<ActivityRecordItem> {
  const current = await reachable(ctx, 'Mutation', 'createTrainingFromActivityRecord', id);
  const trainingId = trainingIdOf(current.id);
  if (current.trainingId === trainingId) return current;
  if (current.kind !== 'TRAINING') throw badInput([problem('id', 'validation.not_a_training_activity')]);
  if (current.trainingId) throw badInput([problem('id', 'validation.training_already_linked')]);
  if (current.status !== 'DRAFT' && current.status !== 'RETURNED')
    throw badInput([problem('id', 'validation.record_not_editable', { status: current.status })]);
  if (current.version !== version) throw staleVersion(current.version);
  const parsed = createTrainingInput.safeParse(trainingInputOf(current, kind ?? 'WORKSHOP'));
  if (!parsed.success)
    throw badInput(parsed.error.issues.map((i) => problem('id', i.message as never, (i as { params?: object }).params as never)));
  const next = bumped(ctx, current, { trainingId });
  const recordSteps = [
    step(ActivityRecord.put(next).where(versionIs(current.version)).commit(), () => staleVersion()),
    // The quarter's lock; the link's own check is the training written (or checked) here.
    ...activityChecks(current, { ...next, trainingId: current.trainingId }, ''),
    auditStep(ctx, 'UPDATE', TYPE, current.id, { before: current.version, after: next.version }),
  ];
  const { data: existing } = await Training.get({ id: trainingId }).go();
  if (existing) {
    await transact([
      ...recordSteps,
      step(
        Training.check({ id: trainingId })
          .where((a, op) => op.exists(a.id))
          .commit(),
      ),
    ]);
    return next;
  }
  // Stored as the training service stores a created one: lines with their totals, the totals, no roster.
  const { audience, place, roster: _r, ...fields } = parsed.data;
  const training = {
    ...withoutNulls(fields),
    place: withoutNulls(place),
    audience: audience.map((l) => lineWithTotal(withoutNulls({ ...l, expectedTotal: undefined }))),
    totals: participantTotals(audience, null),
    rosterSize: 0,
    ...created(ctx, parsed.data),
  } as unknown as TrainingRecord;
  await transact([
    ...recordSteps,
    step(Training.create(training).commit(), conflict('The training of this activity was created at the same moment')),
    ...trainingSteps(null, training),
    auditStep(ctx, 'CREATE', 'Training', trainingId, { after: 1 }),
  ]);
  return next;
}
