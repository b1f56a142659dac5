/** Reporting periods of activity records: locking and unlocking a program's quarters, and each partner's completeness of one. */
import { periodInput, quarter as quarterSchema } from '@ruta/schema/zod/activityRecord';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { conflict, notFound, parseInput } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { ProgramStat } from '#modules/aggregates/entity';
import { auditStep } from '#modules/audit/service';
import { programExists } from '#modules/framework/links';
import { AgreementInProgram } from '#modules/partnerAgreement/entity';
import { Program } from '#modules/program/entity';
import { partnerBucket, quarterMonth } from '#modules/activityRecord/contributions';
import { PeriodLock } from '#modules/activityRecord/entity';
const PERIOD = 'ReportingPeriod';
/** A period's audit id: ids are lower case (`p-1~2008-q2`). */
const periodIdOf = (programId: string, quarter: string) => `${programId}~${quarter.toLowerCase()}`;

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
