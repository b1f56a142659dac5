import { randomUUID } from 'node:crypto';
import { ageBandOf, createCaseInputFor, isMinorAge } from '@ruta/schema/zod/case';
import { problem } from '@ruta/schema/zod/common';
import { stageDueOn } from '@ruta/schema/route';
import type { RequestContext } from '#platform/context';
import { badInput, conflict, forbidden, parseInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { statSteps } from '#modules/aggregates/deltas';
import { withoutNulls } from '#modules/records/changes';
import { created, requestHash } from '#modules/records/tracked';
import { createOnce } from '#modules/records/writes';
import { objectiveExists, programExists } from '#modules/framework/links';
import { organizationExists } from '#modules/organization/checks';
import { forgetCaseItems, grantAccessSteps, TYPE } from '#modules/case/access';
import { caseContributions } from '#modules/case/contributions';
import { identityHashes, sealIdentity } from '#modules/case/crypto/envelope';
import { keyProvider } from '#modules/case/crypto/keys';
import { claimSteps, duplicateConflict, readGuards, unacknowledged } from '#modules/case/duplicates';
import { Case, CaseCounter, CaseIdentity, type CaseRecord, IdentityGuard } from '#modules/case/entity';
import { isoDay } from '#modules/case/reads';
import { stageLimitsOf } from '#modules/case/routeHooks';

/** The counter moved under us (another create took the number): build the create again. */
class CounterRace extends Error {}

const MAX_CODE_ATTEMPTS = 8;

/**
 * Registers a case: the case with its generated code, the counter (conditional on the value read: no
 * gaps, no number twice), the owner's access copy, the encrypted identity, one duplicate guard and
 * one claim per keyed hash (conditional on the count read: two concurrent creates of one identity
 * cannot both pass), the victims-identified count and the audit event — one transaction. A possible
 * duplicate is CONFLICT `POSSIBLE_DUPLICATE` naming the existing cases' codes and owners (never the
 * identity), unless the caller acknowledges it. The case is due to move on from its first stage by
 * the program's time limit for it, from its first day there.
 */
export async function createCase(ctx: RequestContext, raw: unknown): Promise<CaseRecord> {
  const today = isoDay(ctx.now);
  const input = parseInput(createCaseInputFor(today), raw);
  const { identity, acknowledgedDuplicateIds, id: requestedId, ...fields } = input;
  const ownerOrganizationId = ownerFor(ctx, input.ownerOrganizationId ?? null);
  const keys = keyProvider();
  const hashes = await identityHashes(keys, identity);
  const caseId = requestedId ?? randomUUID();
  const sealed = await sealIdentity(keys, caseId, identity);
  // The request's fingerprint must not be a plain hash of the identity: the identity enters it as a keyed hash.
  const fingerprintInput = { ...input, identity: await keys.mac(`request:${requestHash(identity)}`) };
  const country = (fields.country ?? 'EC').toUpperCase();
  const year = fields.dateReported.slice(0, 4);
  const stage = fields.dateIdentified ? 'IDENTIFIED' : 'REPORTED';
  const stageSince = fields.dateIdentified ?? fields.dateReported;
  const [ownerName, limits] = await Promise.all([organizationNameOf(ctx, ownerOrganizationId), stageLimitsOf(fields.programId)]);
  const due = stageDueOn(stage, stageSince, limits);
  const base = {
    ...withoutNulls({ ...fields, ownerOrganizationId, country }),
    caseId,
    ...(ownerName ? { ownerOrganizationName: ownerName } : {}),
    ageBand: ageBandOf(fields.ageAtIdentification),
    isMinor: isMinorAge(fields.ageAtIdentification ?? null),
    meansOfControl: fields.meansOfControl ?? [],
    stage,
    legalStage: 'NONE',
    stageSince,
    ...(due ? { stageDueOn: due } : {}),
    ...created(ctx, fingerprintInput),
  } as Omit<CaseRecord, 'code'>;

  for (let attempt = 0; attempt < MAX_CODE_ATTEMPTS; attempt++) {
    const [counter, guards] = await Promise.all([
      CaseCounter.get({ country, year })
        .go()
        .then((r) => r.data),
      readGuards(ctx, hashes),
    ]);
    const duplicates = guards.duplicates.filter((d) => d.caseId !== caseId);
    if (unacknowledged(duplicates, acknowledgedDuplicateIds)) throw duplicateConflict(duplicates);
    const last = counter?.last ?? 0;
    const seq = last + 1;
    const record = { ...base, code: `${country}-${year}-${String(seq).padStart(4, '0')}` } as CaseRecord;
    const race = () => new CounterRace();
    const counterStep = counter
      ? step(
          CaseCounter.patch({ country, year })
            .set({ last: seq })
            .where((a, op) => op.eq(a.last, last))
            .commit(),
          race,
        )
      : step(CaseCounter.create({ country, year, last: seq }).commit(), race);
    const steps: Step[] = [
      // The claims before the counter: of two creates of one identity, the loser is told of the duplicate.
      ...claimSteps(ctx, hashes, guards, caseId),
      counterStep,
      programExists(record.programId),
      ...(record.objectiveCode ? [objectiveExists(record.programId, record.objectiveCode, 'input.objectiveCode')] : []),
      organizationExists(ownerOrganizationId, badInput([problem('input.ownerOrganizationId', 'validation.unknown_party')])),
      ...grantAccessSteps(record, ownerOrganizationId, 'owner'),
      step(CaseIdentity.create({ caseId, sealed, guardHashes: hashes.map((h) => h.hash), createdAt: record.createdAt }).commit()),
      ...hashes.map((h) =>
        step(IdentityGuard.put({ hash: h.hash, caseId, kind: h.kind, code: record.code, ownerOrganizationId }).commit()),
      ),
      ...statSteps([], caseContributions(record)),
    ];
    try {
      const stored = await createOnce(ctx, {
        type: TYPE,
        id: caseId,
        record,
        put: Case.create(record).commit(),
        load: async () => (await Case.get({ caseId }).go()).data,
        steps,
      });
      forgetCaseItems(ctx, caseId);
      return stored;
    } catch (e) {
      if (e instanceof CounterRace) continue;
      throw e;
    }
  }
  throw conflict('Many cases are being registered at this moment; try again');
}

/** An organization's name (null when it does not exist: the create's check refuses it then). */
async function organizationNameOf(ctx: RequestContext, organizationId: string): Promise<string | null> {
  const { organizationsByIds } = await import('#modules/organization/service');
  return (await organizationsByIds(ctx, [organizationId]))[0]?.name ?? null;
}

/** The owner of a new case: a case worker's own organization; an admin chooses it. */
function ownerFor(ctx: RequestContext, requested: string | null): string {
  if (ctx.identity.role === 'admin') {
    if (!requested) throw badInput([problem('input.ownerOrganizationId', 'validation.required')]);
    return requested;
  }
  const own = ctx.identity.organizationId;
  if (!own) throw forbidden('A case worker without an organization cannot register cases');
  if (requested && requested !== own) {
    throw badInput([problem('input.ownerOrganizationId', 'validation.invalid')], 'A case worker registers cases of their own organization');
  }
  return own;
}
