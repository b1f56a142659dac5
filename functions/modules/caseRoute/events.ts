import { randomUUID } from 'node:crypto';
import {
  afterStep,
  formOf,
  isLegalStep,
  kindMayRecord,
  movesStage,
  recordRouteEventInputFor,
  stageDueOn,
  stepAllowed,
} from '@ruta/schema/zod/caseRoute';
import type { RequestContext } from '#platform/context';
import { notFound, parseInput, staleVersion } from '#platform/errors';
import { statSteps } from '#modules/aggregates/deltas';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { deleteVersioned, versionIs } from '#modules/records/writes';
import { caseStageStep } from '#modules/case/access';
import { publicStatSteps } from '#modules/publicStats/entity';
import { routeContributions } from '#modules/caseRoute/contributions';
import { RouteEvent, type RouteEventRecord } from '#modules/caseRoute/entity';
import { attempted, caseForWrite, createItemOnce, fail, itemForWrite, organizationKind, today, TYPES } from '#modules/caseRoute/items';
import { timeLimitsOf } from '#modules/caseRoute/timeLimits';

/** The responsible organization of a step: a case worker's own; an admin names one (default: their own). */
function responsibleOrganization(ctx: RequestContext, given: string | null | undefined): string {
  const own = ctx.identity.organizationId;
  if (ctx.identity.role === 'admin') {
    const org = given ?? own;
    if (!org) throw fail('input.organizationId', 'validation.required');
    return org;
  }
  if (!own) throw fail('input.organizationId', 'validation.own_organization_only');
  if (given && given !== own) throw fail('input.organizationId', 'validation.own_organization_only');
  return own;
}

/**
 * Records a step on a case's route, in ONE transaction: the event, the case moved (stage, legal stage,
 * stage start and due date, via `caseStageStep`: conditional on the case's version, so two steps
 * recorded at once cannot both pass the state machine), every access copy rewritten, the counts'
 * difference and the audit event. Refused before anything is written: a step the route does not allow
 * now (`validation.transition_not_allowed`), a responsible organization whose kind may not record it
 * (`validation.step_not_allowed_for_kind`; an admin overrides), a date in the future, before the case
 * was reported, or — for a step that moves the stage — before the current stage began.
 */
export function recordRouteEvent(ctx: RequestContext, raw: unknown): Promise<RouteEventRecord> {
  return attempted(ctx, 'recordRouteEvent', async (attempt) => {
    const input = parseInput(recordRouteEventInputFor(today(ctx)), raw);
    attempt.detail = input.step;
    const { c, items } = await caseForWrite(ctx, input.caseId, attempt);
    const organizationId = responsibleOrganization(ctx, input.organizationId);
    const kind = await organizationKind(organizationId, 'input.organizationId');
    const at = { stage: c.stage, legalStage: c.legalStage, minor: c.isMinor };
    if (!stepAllowed(at, input.step)) throw fail('input.step', 'validation.transition_not_allowed');
    if (ctx.identity.role !== 'admin' && !kindMayRecord(kind, input.step)) throw fail('input.step', 'validation.step_not_allowed_for_kind');
    if (input.date < c.dateReported) throw fail('input.date', 'validation.before_case_report', { date: c.dateReported });
    const moves = movesStage(at, input.step);
    if (moves && input.date < c.stageSince) throw fail('input.date', 'validation.before_stage_start', { date: c.stageSince });
    const next = afterStep(at, input.step);
    const limits = moves ? await timeLimitsOf(c.programId) : null;
    const record = {
      caseId: c.caseId,
      localId: input.id ?? randomUUID(),
      seq: (items.events.at(-1)?.seq ?? 0) + 1,
      step: input.step,
      date: input.date,
      organizationId,
      stageAfter: next.stage,
      legalStageAfter: next.legalStage,
      stageBefore: c.stage,
      legalStageBefore: c.legalStage,
      stageSinceBefore: c.stageSince,
      form: formOf(input.step, input.form),
      ...withoutNulls({ notes: input.notes }),
      ...created(ctx, input),
    } as RouteEventRecord;
    const stage = caseStageStep(c, {
      ...(moves ? { stage: next.stage, stageSince: input.date, stageDueOn: stageDueOn(next.stage, input.date, limits!) } : {}),
      ...(isLegalStep(input.step) ? { legalStage: next.legalStage } : {}),
      // SCREENING is recorded only while the case is REPORTED, i.e. not identified: it identifies the case.
      ...(input.step === 'SCREENING' ? { dateIdentified: input.date } : {}),
      ...(input.step === 'CLOSURE' ? { closureReason: record.form?.closureReason ?? undefined } : {}),
      at: ctx.now,
    });
    return createItemOnce(ctx, TYPES.event, RouteEvent, record, [
      ...stage.steps,
      ...statSteps(routeContributions(c, items.events), routeContributions(c, [...items.events, record])),
      ...publicStatSteps({ case: c, consents: items.consents }, { case: stage.next, consents: items.consents }),
    ]);
  });
}

/**
 * Deletes the latest event of a case (a correction: record it again as it should be). The case goes
 * back to the stage, legal stage and stage start it had before the step (its due date from the
 * program's limits) and loses what the step set (a SCREENING's identification date, a CLOSURE's
 * reason), and the counts move by exactly what the event changed — one transaction.
 */
export function deleteRouteEvent(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  return attempted(ctx, 'deleteRouteEvent', async (attempt) => {
    const { key, c, items, current } = await itemForWrite(ctx, attempt, 'events', id);
    if (!current) throw notFound(TYPES.event, id);
    if (current.version !== version) throw staleVersion(current.version);
    if (current !== items.events.at(-1)) throw fail('id', 'validation.only_latest_event');
    const limits = await timeLimitsOf(c.programId);
    const stage = caseStageStep(c, {
      stage: current.stageBefore,
      legalStage: current.legalStageBefore,
      stageSince: current.stageSinceBefore,
      stageDueOn: stageDueOn(current.stageBefore, current.stageSinceBefore, limits),
      // What the step set goes with it: the identification of a SCREENING (the victims-identified count
      // moves back with it), the reason of a CLOSURE.
      ...(current.step === 'SCREENING' ? { dateIdentified: null } : {}),
      ...(current.step === 'CLOSURE' ? { closureReason: null } : {}),
      at: ctx.now,
    });
    const remaining = items.events.filter((e) => e !== current);
    return deleteVersioned(ctx, {
      type: TYPES.event,
      id,
      current,
      version,
      remove: RouteEvent.delete(key).where(versionIs(version)).commit(),
      steps: [
        ...stage.steps,
        ...statSteps(routeContributions(c, items.events), routeContributions(c, remaining)),
        ...publicStatSteps({ case: c, consents: items.consents }, { case: stage.next, consents: items.consents }),
      ],
    });
  });
}
