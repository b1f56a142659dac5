import { randomUUID } from 'node:crypto';
import { dateOnInput, recordConsentInputFor, referCaseInput } from '@ruta/schema/zod/caseRoute';
import type { RequestContext } from '#platform/context';
import { parseInput } from '#platform/errors';
import { readPage } from '#platform/paging';
import { step } from '#platform/transact';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { updateVersioned, versionIs } from '#modules/records/writes';
import { endAccessSteps, grantAccessSteps, referralRequestClosedSteps } from '#modules/case/access';
import { Consent, Referral, type ConsentRecord, type ReferralRecord } from '#modules/caseRoute/entity';
import { publicStatSteps } from '#modules/publicStats/entity';
import {
  attempted,
  caseForWrite,
  createItemOnce,
  fail,
  itemForWrite,
  itemId,
  organizationKind,
  parseItemId,
  today,
  TYPES,
} from '#modules/caseRoute/items';

// ─── Consent ───────────────────────────────────────────────────────────────────────────────────

/** Records a consent as given. For a minor, only a guardian gives it (`validation.guardian_required`). */
export function recordConsent(ctx: RequestContext, raw: unknown): Promise<ConsentRecord> {
  return attempted(ctx, 'recordConsent', async (attempt) => {
    const input = parseInput(recordConsentInputFor(today(ctx)), raw);
    const { c, items } = await caseForWrite(ctx, input.caseId, attempt);
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
    return createItemOnce(
      ctx,
      TYPES.consent,
      Consent,
      record,
      publicStatSteps({ case: c, consents: items.consents }, { case: c, consents: [...items.consents, record] }),
    );
  });
}

const consentInUse = () => fail('id', 'validation.consent_in_use');

/**
 * Withdraws a consent. Refused while an active referral relies on it (`validation.consent_in_use`):
 * ending a referral takes the case away from an organization and is a decision of its own, made
 * explicitly with `endReferral` first, never as a side effect. The refusal is also the write's
 * condition (`activeReferrals = 0`), so a referral sent meanwhile cannot slip through.
 */
export function withdrawConsent(ctx: RequestContext, raw: { id: string; version: number; date: string }): Promise<ConsentRecord> {
  return attempted(ctx, 'withdrawConsent', async (attempt) => {
    const { id, version, date } = parseInput(dateOnInput(today(ctx)), raw, []);
    const { key, c, items, current } = await itemForWrite(ctx, attempt, 'consents', id);
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
      steps: (merged) =>
        publicStatSteps(
          { case: c, consents: items.consents },
          { case: c, consents: items.consents.map((s) => (s === current ? merged : s)) },
        ),
    });
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
export function referCase(ctx: RequestContext, raw: unknown): Promise<ReferralRecord> {
  return attempted(ctx, 'referCase', async (attempt) => {
    const input = parseInput(referCaseInput, raw);
    const { c, items } = await caseForWrite(ctx, input.caseId, attempt);
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
    return createItemOnce(ctx, TYPES.referral, Referral, record, [
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
      ...(await referralRequestClosedSteps(ctx, c.caseId, input.toOrganizationId)),
    ]);
  });
}

/** Ends a referral: the receiving organization loses access, the consent is free to withdraw — one transaction. */
export function endReferral(ctx: RequestContext, raw: { id: string; version: number; date: string }): Promise<ReferralRecord> {
  return attempted(ctx, 'endReferral', async (attempt) => {
    const { id, version, date } = parseInput(dateOnInput(today(ctx)), raw, []);
    const { key, c, current } = await itemForWrite(ctx, attempt, 'referrals', id);
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
  });
}

/** Referrals sent without consent by an admin, newest first: the review list (admins). */
export function listReferralOverrides(ctx: RequestContext, first?: number | null, after?: string | null) {
  return readPage(ctx, 'referralOverrides', Referral.query.overrides({ reviewList: 'override' }), { first, after, order: 'desc' });
}
