import { randomUUID } from 'node:crypto';
import { problem } from '@ruta/schema/zod/common';
import {
  afterStep,
  createCaseServiceInputFor,
  DEFAULT_STAGE_LIMITS,
  dateOnInput,
  formOf,
  isLegalStep,
  kindMayRecord,
  movesStage,
  recordConsentInputFor,
  recordRouteEventInputFor,
  referCaseInput,
  routeTimeLimitsInput,
  stageDueOn,
  stepAllowed,
  updateCaseServiceInputFor,
  type StageLimits,
} from '@ruta/schema/zod/caseRoute';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, notFound, parseInput, staleVersion } from '#platform/errors';
import { readPage } from '#platform/paging';
import { step, transact } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { auditStep } from '#modules/audit/service';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { createOnce, deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { Organization } from '#modules/organization/entity';
import { Program } from '#modules/program/entity';
import { caseStageStep, endAccessSteps, grantAccessSteps, readableCase, type ReadableCase } from '#modules/case/access';
import { routeContributions } from '#modules/caseRoute/contributions';
import {
  CaseService,
  Consent,
  Referral,
  RouteEvent,
  RouteTimeLimits,
  type CaseServiceRecord,
  type ConsentRecord,
  type ReferralRecord,
  type RouteEventRecord,
} from '#modules/caseRoute/entity';

export const TYPES = {
  event: 'RouteEvent',
  service: 'CaseService',
  consent: 'Consent',
  referral: 'Referral',
  limits: 'RouteTimeLimits',
} as const;

/** Public id of an item in a case's partition: `<caseId>~<localId>`. */
export const itemId = (r: { caseId: string; localId: string }) => `${r.caseId}~${r.localId}`;

function parseItemId(type: string, id: string): { caseId: string; localId: string } {
  const parts = typeof id === 'string' ? id.split('~') : [];
  if (parts.length !== 2 || !parts[0] || !parts[1]) throw notFound(type, String(id));
  return { caseId: parts[0], localId: parts[1] };
}

const today = (ctx: RequestContext) => ctx.now.toISOString().slice(0, 10);
const fail = (path: string, key: Parameters<typeof problem>[1], params?: Record<string, string | number>) =>
  badInput([problem(path, key, params)]);

// ─── Reading the case's partition ─────────────────────────────────────────────────────────────

export interface RouteItems {
  events: RouteEventRecord[];
  services: CaseServiceRecord[];
  consents: ConsentRecord[];
  referrals: ReferralRecord[];
}

/** This module's items among the raw items of the case's partition (one Query: `loadCaseItems`). */
export function routeItemsOf(raw: readonly Record<string, unknown>[]): RouteItems {
  const of = <T>(entity: { parse: (r: { Item: Record<string, unknown> }) => { data: unknown } }, name: string) =>
    raw.filter((i) => i.__edb_e__ === name).map((Item) => entity.parse({ Item }).data as T);
  return {
    events: of<RouteEventRecord>(RouteEvent, 'routeEvent').sort((a, b) => a.seq - b.seq),
    services: of<CaseServiceRecord>(CaseService, 'caseService').sort((a, b) => (a.startDate < b.startDate ? -1 : 1)),
    consents: of<ConsentRecord>(Consent, 'caseConsent').sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    referrals: of<ReferralRecord>(Referral, 'caseReferral').sort((a, b) => (a.startedOn < b.startedOn ? -1 : 1)),
  };
}

/**
 * The route items of a case the caller may read: the case's field resolvers (the case itself was
 * checked and its read audited by `case(id)`; this re-checks from the same cached Query, no request).
 */
export async function caseRouteItems(ctx: RequestContext, caseId: string): Promise<RouteItems> {
  const { raw } = await readableCase(ctx, caseId);
  return routeItemsOf(raw);
}

/** The case for a write: NOT_FOUND unless the caller may see it (a write audits itself, so no read audit). */
async function caseForWrite(ctx: RequestContext, caseId: string): Promise<{ c: ReadableCase; items: RouteItems }> {
  const { case: c, raw } = await readableCase(ctx, caseId);
  return { c, items: routeItemsOf(raw) };
}

async function organizationKind(id: string, path: string): Promise<string> {
  const { data } = await Organization.get({ id }).go();
  if (!data) throw fail(path, 'validation.unknown_party');
  return data.kind;
}

// ─── Time limits ───────────────────────────────────────────────────────────────────────────────

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

// ─── Route events ──────────────────────────────────────────────────────────────────────────────

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
export async function recordRouteEvent(ctx: RequestContext, raw: unknown): Promise<RouteEventRecord> {
  const input = parseInput(recordRouteEventInputFor(today(ctx)), raw);
  const { c, items } = await caseForWrite(ctx, input.caseId);
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
    ...(input.step === 'SCREENING' && !c.dateIdentified ? { dateIdentified: input.date } : {}),
    ...(input.step === 'CLOSURE' ? { closureReason: record.form?.closureReason ?? undefined } : {}),
    at: ctx.now,
  });
  return createOnce(ctx, {
    type: TYPES.event,
    id: itemId(record),
    record,
    put: RouteEvent.create(record).commit(),
    load: async () => (await RouteEvent.get({ caseId: record.caseId, localId: record.localId }).go()).data,
    steps: [...stage.steps, ...statSteps(routeContributions(c, items.events), routeContributions(c, [...items.events, record]))],
  });
}

/**
 * Deletes the latest event of a case (a correction: record it again as it should be). The case goes
 * back to the stage, legal stage and stage start it had before the step (its due date from the
 * program's limits), and the counts move by exactly what the event changed — one transaction.
 */
export async function deleteRouteEvent(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const key = parseItemId(TYPES.event, id);
  const { c, items } = await caseForWrite(ctx, key.caseId);
  const current = items.events.find((e) => e.localId === key.localId);
  if (!current) throw notFound(TYPES.event, id);
  if (current.version !== version) throw staleVersion(current.version);
  if (current !== items.events.at(-1)) throw fail('id', 'validation.only_latest_event');
  const limits = await timeLimitsOf(c.programId);
  const stage = caseStageStep(c, {
    stage: current.stageBefore,
    legalStage: current.legalStageBefore,
    stageSince: current.stageSinceBefore,
    stageDueOn: stageDueOn(current.stageBefore, current.stageSinceBefore, limits),
    at: ctx.now,
  });
  const remaining = items.events.filter((e) => e !== current);
  return deleteVersioned(ctx, {
    type: TYPES.event,
    id,
    current,
    version,
    remove: RouteEvent.delete(key).where(versionIs(version)).commit(),
    steps: [...stage.steps, ...statSteps(routeContributions(c, items.events), routeContributions(c, remaining))],
  });
}

// ─── Services received ─────────────────────────────────────────────────────────────────────────

export async function createCaseService(ctx: RequestContext, raw: unknown): Promise<CaseServiceRecord> {
  const input = parseInput(createCaseServiceInputFor(today(ctx)), raw);
  const { c } = await caseForWrite(ctx, input.caseId);
  await organizationKind(input.providerOrganizationId, 'input.providerOrganizationId');
  const record = {
    caseId: c.caseId,
    localId: input.id ?? randomUUID(),
    kind: input.kind,
    providerOrganizationId: input.providerOrganizationId,
    startDate: input.startDate,
    ...withoutNulls({ endDate: input.endDate }),
    ...created(ctx, input),
  } as CaseServiceRecord;
  return createOnce(ctx, {
    type: TYPES.service,
    id: itemId(record),
    record,
    put: CaseService.create(record).commit(),
    load: async () => (await CaseService.get({ caseId: record.caseId, localId: record.localId }).go()).data,
  });
}

export async function updateCaseService(ctx: RequestContext, raw: unknown): Promise<CaseServiceRecord> {
  const { id, version, ...changes } = parseInput(updateCaseServiceInputFor(today(ctx)), raw);
  const key = parseItemId(TYPES.service, id);
  const { items } = await caseForWrite(ctx, key.caseId);
  const current = items.services.find((s) => s.localId === key.localId) ?? null;
  if (changes.providerOrganizationId && changes.providerOrganizationId !== current?.providerOrganizationId)
    await organizationKind(changes.providerOrganizationId, 'input.providerOrganizationId');
  return updateVersioned(ctx, {
    type: TYPES.service,
    id,
    current,
    version,
    changes,
    validate: (merged) => {
      if (merged.endDate && merged.endDate < merged.startDate) throw fail('input.endDate', 'validation.end_before_start');
    },
    patch: (set, remove) =>
      CaseService.patch(key)
        .set(set)
        .remove(remove as never)
        .where(versionIs(version))
        .commit(),
  });
}

export async function deleteCaseService(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  const key = parseItemId(TYPES.service, id);
  const { items } = await caseForWrite(ctx, key.caseId);
  const current = items.services.find((s) => s.localId === key.localId) ?? null;
  return deleteVersioned(ctx, {
    type: TYPES.service,
    id,
    current,
    version,
    remove: CaseService.delete(key).where(versionIs(version)).commit(),
  });
}

// ─── Consent ───────────────────────────────────────────────────────────────────────────────────

/** Records a consent as given. For a minor, only a guardian gives it (`validation.guardian_required`). */
export async function recordConsent(ctx: RequestContext, raw: unknown): Promise<ConsentRecord> {
  const input = parseInput(recordConsentInputFor(today(ctx)), raw);
  const { c } = await caseForWrite(ctx, input.caseId);
  if (c.isMinor && input.givenBy !== 'GUARDIAN') throw fail('input.givenBy', 'validation.guardian_required');
  if (input.organizationId) await organizationKind(input.organizationId, 'input.organizationId');
  const record = {
    caseId: c.caseId,
    localId: input.id ?? randomUUID(),
    purpose: input.purpose,
    ...withoutNulls({ organizationId: input.organizationId }),
    status: 'GIVEN',
    date: input.date,
    givenBy: input.givenBy,
    activeReferrals: 0,
    ...created(ctx, input),
  } as ConsentRecord;
  return createOnce(ctx, {
    type: TYPES.consent,
    id: itemId(record),
    record,
    put: Consent.create(record).commit(),
    load: async () => (await Consent.get({ caseId: record.caseId, localId: record.localId }).go()).data,
  });
}

const consentInUse = () => fail('id', 'validation.consent_in_use');

/**
 * Withdraws a consent. Refused while an active referral relies on it (`validation.consent_in_use`):
 * ending a referral takes the case away from an organization and is a decision of its own, made
 * explicitly with `endReferral` first, never as a side effect. The refusal is also the write's
 * condition (`activeReferrals = 0`), so a referral sent meanwhile cannot slip through.
 */
export async function withdrawConsent(ctx: RequestContext, raw: { id: string; version: number; date: string }): Promise<ConsentRecord> {
  const { id, version, date } = parseInput(dateOnInput(today(ctx)), raw, []);
  const key = parseItemId(TYPES.consent, id);
  const { items } = await caseForWrite(ctx, key.caseId);
  const current = items.consents.find((s) => s.localId === key.localId) ?? null;
  if (current && current.version === version) {
    if (current.status === 'WITHDRAWN') throw fail('id', 'validation.already_withdrawn');
    if (current.activeReferrals > 0) throw consentInUse();
    if (date < current.date) throw fail('date', 'validation.end_before_start');
  }
  return updateVersioned(ctx, {
    type: TYPES.consent,
    id,
    current,
    version,
    changes: { status: 'WITHDRAWN', withdrawnOn: date },
    patch: (set) =>
      Consent.patch(key)
        .set(set)
        .where((a, op) => `${op.eq(a.version, version)} AND ${op.eq(a.activeReferrals, 0)}`)
        .commit(),
    onPatchFail: consentInUse,
  });
}

/** The current consent to refer the case to the organization: GIVEN, for REFERRAL, naming it (the latest). */
export const referralConsent = (consents: readonly ConsentRecord[], organizationId: string) =>
  consents.filter((c) => c.purpose === 'REFERRAL' && c.status === 'GIVEN' && c.organizationId === organizationId).at(-1) ?? null;

// ─── Referrals ─────────────────────────────────────────────────────────────────────────────────

/**
 * Refers a case to another organization, in ONE transaction: the referral, `activeReferrals + 1` on the
 * consent it relies on (conditional on the consent still being GIVEN), the receiving organization's
 * access (`grantAccessSteps`: its case workers see the case from now on) and the audit event. Without a
 * current consent: `validation.consent_required`, unless an admin sends it with `override.reason`
 * (audited, and listed in `referralOverrides` for review); an override by anyone else is
 * `validation.override_admin_only`.
 */
export async function referCase(ctx: RequestContext, raw: unknown): Promise<ReferralRecord> {
  const input = parseInput(referCaseInput, raw);
  const { c, items } = await caseForWrite(ctx, input.caseId);
  await organizationKind(input.toOrganizationId, 'input.toOrganizationId');
  if (input.toOrganizationId === c.ownerOrganizationId) throw fail('input.toOrganizationId', 'validation.refer_to_owner');
  if (items.referrals.some((r) => r.status === 'ACTIVE' && r.toOrganizationId === input.toOrganizationId))
    throw fail('input.toOrganizationId', 'validation.already_referred');
  const consent = referralConsent(items.consents, input.toOrganizationId);
  if (!consent && input.override && ctx.identity.role !== 'admin') throw fail('input.override', 'validation.override_admin_only');
  if (!consent && !input.override) throw fail('input.toOrganizationId', 'validation.consent_required');
  const override = !consent;
  const record = {
    caseId: c.caseId,
    localId: input.id ?? randomUUID(),
    toOrganizationId: input.toOrganizationId,
    reason: input.reason,
    status: 'ACTIVE',
    startedOn: today(ctx),
    override,
    ...(consent ? { consentId: itemId(consent) } : {}),
    reviewList: override ? 'override' : 'none',
    ...(override ? { overrideReason: input.override!.reason } : {}),
    ...created(ctx, input),
  } as ReferralRecord;
  return createOnce(ctx, {
    type: TYPES.referral,
    id: itemId(record),
    record,
    put: Referral.create(record).commit(),
    load: async () => (await Referral.get({ caseId: record.caseId, localId: record.localId }).go()).data,
    steps: [
      ...(consent
        ? [
            step(
              Consent.patch({ caseId: c.caseId, localId: consent.localId })
                .add({ activeReferrals: 1 })
                .where((a, op) => op.eq(a.status, 'GIVEN'))
                .commit(),
              fail('input.toOrganizationId', 'validation.consent_required'),
            ),
          ]
        : []),
      ...grantAccessSteps(c, input.toOrganizationId, 'referral'),
    ],
  });
}

/** Ends a referral: the receiving organization loses access, the consent is free to withdraw — one transaction. */
export async function endReferral(ctx: RequestContext, raw: { id: string; version: number; date: string }): Promise<ReferralRecord> {
  const { id, version, date } = parseInput(dateOnInput(today(ctx)), raw, []);
  const key = parseItemId(TYPES.referral, id);
  const { c, items } = await caseForWrite(ctx, key.caseId);
  const current = items.referrals.find((r) => r.localId === key.localId) ?? null;
  if (current && current.version === version) {
    if (current.status === 'ENDED') throw fail('id', 'validation.already_ended');
    if (date < current.startedOn) throw fail('date', 'validation.end_before_start');
  }
  const consent = current?.consentId ? parseItemId(TYPES.consent, current.consentId) : null;
  return updateVersioned(ctx, {
    type: TYPES.referral,
    id,
    current,
    version,
    changes: { status: 'ENDED', endedOn: date },
    patch: (set) => Referral.patch(key).set(set).where(versionIs(version)).commit(),
    steps: (merged) => [
      ...(consent ? [step(Consent.patch(consent).subtract({ activeReferrals: 1 }).commit())] : []),
      ...endAccessSteps(c, merged.toOrganizationId),
    ],
  });
}

/** Referrals sent without consent by an admin, newest first: the review list (admins). */
export function listReferralOverrides(ctx: RequestContext, first?: number | null, after?: string | null) {
  return readPage(ctx, 'referralOverrides', Referral.query.overrides({ reviewList: 'override' }), { first, after, order: 'desc' });
}
