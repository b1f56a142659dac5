/** Staff review of activity records: approving or returning several at once, all or nothing. */
import { problem } from '@ruta/schema/problems';
import { reviewInput } from '@ruta/schema/zod/activityRecord';
import { reachOf, reaches } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput } from '#platform/errors';
import { transact } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { activityContributions } from '#modules/activityRecord/contributions';
import { ActivityRecord, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { activityOwner } from '#modules/activityRecord/owners';
import { TYPE, bumped, changeSteps, inStatus } from '#modules/activityRecord/records';

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
