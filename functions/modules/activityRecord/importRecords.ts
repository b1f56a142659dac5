/** A quarter's activity records from a CSV, through the shared batch import. */
import { createHash } from 'node:crypto';
import type { ValidationKey } from '@ruta/schema/problems';
import { activityImportRow, type ActivityImportRow } from '@ruta/schema/zod/activityRecord';
import type * as z from 'zod';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { forbidden } from '#platform/errors';
import { importRows } from '#modules/batchImport/importRows';
import { Program } from '#modules/program/entity';
import { snapshotOf } from '#modules/activityRecord/changes';
import { activityContributions } from '#modules/activityRecord/contributions';
import { ActivityRecord, type ActivityRecordItem } from '#modules/activityRecord/entity';
import { activityChecks } from '#modules/activityRecord/steps';
import { TYPE, derived, inStatus, withinProgram } from '#modules/activityRecord/records';

/** The same row (partner, program, objective, start date, title) always names the same record. */
const importId = (r: { organizationId: string; programId: string; objectiveCode: string; startDate: string; title: string }) =>
  `ar-${createHash('sha256')
    .update(JSON.stringify([r.organizationId, r.programId, r.objectiveCode, r.startDate, r.title]))
    .digest('hex')
    .slice(0, 32)}`;

/**
 * A quarter's records from a CSV, through the shared batch import: each row validated with the shared
 * schema plus the program's dates and the caller's organization, written as SUBMITTED (pending review)
 * with its checks, the quarter's lock check and audit event, in chunks of at most 100 items. Re-uploading
 * the same file writes nothing new.
 */
export async function importActivityRecords(ctx: RequestContext, rows: readonly unknown[]) {
  const reach = reachOf(ctx, 'Mutation', 'importActivityRecords');
  const own = reach && reach.scope !== 'all' && reach.scope !== 'program' ? reach.organizationId : null;
  if (!reach) throw forbidden();
  const programIds = [
    ...new Set(rows.map((r) => (r as { programId?: unknown })?.programId).filter((p): p is string => typeof p === 'string')),
  ].slice(0, 100);
  const { data: programs } = programIds.length ? await Program.get(programIds.map((id) => ({ id }))).go() : { data: [] };
  const programById = new Map(programs.map((p) => [p.id, p]));
  const schema = activityImportRow.superRefine((r, c) => {
    const fail = (path: string, key: ValidationKey, params?: Record<string, string>) =>
      c.addIssue({ code: 'custom', path: [path], message: key, ...(params ? { params } : {}), input: r[path as never] });
    if (reach.scope === 'all' && !r.organizationId) fail('organizationId', 'validation.required');
    if (reach.scope !== 'all' && r.organizationId && r.organizationId !== own) fail('organizationId', 'validation.not_your_organization');
    const program = programById.get(r.programId);
    if (!program) return fail('programId', 'validation.unknown_program');
    for (const p of withinProgram(program, r.startDate, r.endDate, '')) fail(p.path, p.key, p.params as Record<string, string>);
  }) as unknown as z.ZodType<ActivityImportRow>;
  const now = ctx.now.toISOString();
  return importRows<ActivityImportRow, ActivityRecordItem>(
    ctx,
    {
      type: TYPE,
      schema,
      idOf: (r) => importId({ ...r, organizationId: r.organizationId ?? own ?? '' }),
      recordOf: (r, id) => {
        const { row: _row, expectedTotal: _t, ...content } = r;
        const record = {
          ...derived({ ...content, organizationId: r.organizationId ?? own! }),
          id,
          ...inStatus('SUBMITTED'),
          submittedAt: now,
        };
        return { ...record, lastSubmitted: snapshotOf(record) } as never;
      },
      put: (record) => ActivityRecord.create(record).commit(),
      steps: (record) => activityChecks(null, record, ''),
      contributions: activityContributions,
      load: async (ids) => (ids.length ? (await ActivityRecord.get(ids.map((id) => ({ id }))).go()).data : []),
    },
    rows,
  );
}
