import type { CaseFilter, CaseReadPurpose, CaseSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput } from '#platform/errors';
import { emptyPage, readPage } from '#platform/paging';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';
import { caseFieldsOf, readableCase, type ReadableCase } from '#modules/case/access';
import { Case, CaseAccess, type CaseRecord } from '#modules/case/entity';

/** Reading cases: one case (audited), the case lists (never by identity) and the admin's audit view of reads. */

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** One case, audited with the purpose of the read; NOT_FOUND for a case the caller may not see. */
export async function getCase(ctx: RequestContext, id: string, purpose: CaseReadPurpose | null | undefined): Promise<ReadableCase> {
  return (await readableCase(ctx, id, purpose ?? 'CASE_MANAGEMENT')).case;
}

/**
 * The case list. Case workers (and a staff or admin `organizationId` filter): the organization's
 * access copies — by code, one stage by code, or by due date (overdue: due before today). Staff and
 * admin otherwise: a program's cases by code (stage and overdue as filters on the page). Rows carry
 * no identity; there is no filter or sort on it.
 */
export async function listCases(
  ctx: RequestContext,
  filterIn: CaseFilter | null | undefined,
  sort: CaseSort | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
) {
  const filter = { ...(filterIn ?? {}) };
  const reach = reachOf(ctx, 'Query', 'cases');
  if (!reach) return emptyPage<CaseRecord>();
  const today = isoDay(ctx.now);
  const order = sort?.order === 'ASC' ? 'asc' : 'desc';
  const byDue = sort?.field === 'DUE_DATE';
  if (reach.scope === 'own') {
    if (!reach.organizationId || (filter.organizationId && filter.organizationId !== reach.organizationId)) return emptyPage<CaseRecord>();
    filter.organizationId = reach.organizationId;
  } else if (reach.scope !== 'all') return emptyPage<CaseRecord>();

  if (filter.organizationId) {
    const organizationId = filter.organizationId;
    const programFilter = filter.programId;
    const stageFilter = filter.stage;
    // biome-ignore lint/suspicious/noExplicitAny: three indexes of one entity, each an ElectroDB query of its own type
    let query: any;
    let list: string;
    let filtered = false;
    if (filter.overdue || byDue) {
      const base = CaseAccess.query.byDue({ organizationId });
      query = filter.overdue ? base.between({ dueKey: '0000-00-00' }, { dueKey: dayBefore(today) }) : base;
      list = `cases:byDue:${organizationId}:${filter.overdue ? today : ''}`;
    } else if (stageFilter) {
      query = CaseAccess.query.byStage({ organizationId, stage: stageFilter });
      list = `cases:byStage:${organizationId}:${stageFilter}`;
    } else {
      query = CaseAccess.query.byOrganization({ organizationId });
      list = `cases:byOrganization:${organizationId}`;
    }
    if ((filter.overdue || byDue) && stageFilter) {
      query = query.where((a: Attrs, op: Ops) => op.eq(a.stage, stageFilter));
      filtered = true;
    }
    if (programFilter) {
      query = query.where((a: Attrs, op: Ops) => op.eq(a.programId, programFilter));
      filtered = true;
    }
    const page = await readPage(ctx, `${list}:${programFilter ?? ''}:${filtered ? stageFilter : ''}`, query as never, {
      first,
      after,
      order,
      filtered,
    });
    return { ...page, nodes: (page.nodes as CaseRecord[]).map(caseFieldsOf) };
  }
  if (!filter.programId) {
    throw badInput([problem('filter.programId', 'validation.required')], 'Give a program (or an organization) to list cases');
  }
  if (byDue) throw badInput([problem('sort.field', 'validation.invalid')], "A program's cases are sorted by code");
  // biome-ignore lint/suspicious/noExplicitAny: the query with or without its filters
  let query: any = Case.query.byProgram({ programId: filter.programId });
  let filtered = false;
  if (filter.stage) {
    const stage = filter.stage;
    query = query.where((a: Attrs, op: Ops) => op.eq(a.stage, stage));
    filtered = true;
  }
  if (filter.overdue) {
    query = query.where((a: Attrs, op: Ops) => `${op.exists(a.stageDueOn)} AND ${op.lt(a.stageDueOn, today)}`);
    filtered = true;
  }
  return readPage<CaseRecord>(
    ctx,
    `cases:byProgram:${filter.programId}:${filter.stage ?? ''}:${filter.overdue ? today : ''}`,
    query as never,
    {
      first,
      after,
      order,
      filtered,
    },
  );
}

/** What a `where` callback gets, for the loosely typed list queries above. */
type Attrs = Record<string, unknown>;
type Ops = { eq: (a: unknown, v: unknown) => string; lt: (a: unknown, v: unknown) => string; exists: (a: unknown) => string };

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return isoDay(d);
}

/** Days from `since` to `today` (ISO dates). */
export function daysBetween(since: string, today: string): number {
  return Math.max(0, Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000));
}

/** Reads, reveals and refused reads of cases in a month, newest first (the admin's "who read what"). */
export function listCaseReadEvents(ctx: RequestContext, month: string | null | undefined, first?: number | null, after?: string | null) {
  const m = month ?? isoDay(ctx.now).slice(0, 7);
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(m)) throw badInput([problem('month', 'validation.period')]);
  return readPage<AuditRecord>(ctx, `caseReads:${m}`, AuditEvent.query.caseReads({ month: m }) as never, { first, after, order: 'desc' });
}
