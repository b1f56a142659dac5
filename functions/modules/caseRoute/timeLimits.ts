import { DEFAULT_STAGE_LIMITS, routeTimeLimitsInput, type StageLimits } from '@ruta/schema/zod/caseRoute';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { notFound, parseInput, staleVersion } from '#platform/errors';
import { step, transact } from '#platform/transact';
import { auditStep } from '#modules/audit/service';
import { Program } from '#modules/program/entity';
import { RouteTimeLimits } from '#modules/caseRoute/entity';
import { TYPES } from '#modules/caseRoute/items';

/** The time limit of each stage, per program (the due dates of the overdue lists). */

export async function timeLimitsOf(programId: string): Promise<StageLimits & { custom: boolean }> {
  const { data } = await RouteTimeLimits.get({ programId }).go();
  if (!data) return { ...DEFAULT_STAGE_LIMITS, custom: false };
  return {
    REPORTED: data.reported,
    IDENTIFIED: data.identified,
    PROTECTION: data.protection,
    ASSISTANCE: data.assistance,
    REINTEGRATION: data.reintegration,
    FOLLOW_UP: data.followUp,
    custom: true,
  };
}

const limitsView = (programId: string, l: StageLimits & { custom: boolean }) => ({
  programId,
  reported: l.REPORTED,
  identified: l.IDENTIFIED,
  protection: l.PROTECTION,
  assistance: l.ASSISTANCE,
  reintegration: l.REINTEGRATION,
  followUp: l.FOLLOW_UP,
  custom: l.custom,
});

export async function getRouteTimeLimits(ctx: RequestContext, programId: string) {
  assertProgramReach(ctx, 'routeTimeLimits', programId);
  return limitsView(programId, await timeLimitsOf(programId));
}

/**
 * Sets a program's time limits (admin, staff): one item in the program's partition, put with its audit
 * event, conditional on the program existing. Cases already in a stage keep their due date until
 * their next step.
 */
export async function setRouteTimeLimits(ctx: RequestContext, programId: string, raw: unknown) {
  const limits = parseInput(routeTimeLimitsInput, raw, ['limits']);
  assertProgramReach(ctx, 'routeTimeLimits', programId);
  const { data: current } = await RouteTimeLimits.get({ programId }).go();
  const version = (current?.version ?? 0) + 1;
  await transact([
    step(
      Program.check({ id: programId })
        .where((a, op) => op.exists(a.id))
        .commit(),
      notFound('Program', programId),
    ),
    step(
      RouteTimeLimits.put({ programId, ...limits, version, updatedAt: ctx.now.toISOString(), updatedBy: ctx.identity.username })
        .where((a, op) => (current ? op.eq(a.version, current.version) : op.notExists(a.version)))
        .commit(),
      () => staleVersion(),
    ),
    auditStep(ctx, current ? 'UPDATE' : 'CREATE', TYPES.limits, programId, {
      ...(current ? { before: current.version } : {}),
      after: version,
    }),
  ]);
  return limitsView(programId, {
    REPORTED: limits.reported,
    IDENTIFIED: limits.identified,
    PROTECTION: limits.protection,
    ASSISTANCE: limits.assistance,
    REINTEGRATION: limits.reintegration,
    FOLLOW_UP: limits.followUp,
    custom: true,
  });
}
