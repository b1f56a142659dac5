import { randomUUID } from 'node:crypto';
import { createCaseServiceInputFor, updateCaseServiceInputFor } from '@ruta/schema/zod/caseRoute';
import type { RequestContext } from '#platform/context';
import { parseInput } from '#platform/errors';
import { withoutNulls } from '#modules/records/changes';
import { created } from '#modules/records/tracked';
import { deleteVersioned, updateVersioned, versionIs } from '#modules/records/writes';
import { CaseService, type CaseServiceRecord } from '#modules/caseRoute/entity';
import { attempted, caseForWrite, createItemOnce, fail, itemForWrite, organizationKind, today, TYPES } from '#modules/caseRoute/items';

/** Services a case received (shelter, health, education…), with their provider and dates. */

export function createCaseService(ctx: RequestContext, raw: unknown): Promise<CaseServiceRecord> {
  return attempted(ctx, 'createCaseService', async (attempt) => {
    const input = parseInput(createCaseServiceInputFor(today(ctx)), raw);
    const { c } = await caseForWrite(ctx, input.caseId, attempt);
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
    return createItemOnce(ctx, TYPES.service, CaseService, record);
  });
}

export function updateCaseService(ctx: RequestContext, raw: unknown): Promise<CaseServiceRecord> {
  return attempted(ctx, 'updateCaseService', async (attempt) => {
    const { id, version, ...changes } = parseInput(updateCaseServiceInputFor(today(ctx)), raw);
    const { key, current } = await itemForWrite(ctx, attempt, 'services', id);
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
  });
}

export function deleteCaseService(ctx: RequestContext, id: string, version: number): Promise<{ id: string }> {
  return attempted(ctx, 'deleteCaseService', async (attempt) => {
    const { key, current } = await itemForWrite(ctx, attempt, 'services', id);
    return deleteVersioned(ctx, {
      type: TYPES.service,
      id,
      current,
      version,
      remove: CaseService.delete(key).where(versionIs(version)).commit(),
    });
  });
}
