import { dashboardProgramInput } from '@ruta/schema/zod/dashboard';
import { AGREEMENT_STATUSES } from '@ruta/schema/zod/partnerAgreement';
import type { AgreementStatus } from '@ruta/schema/generated/types';
import { assertProgramReach, reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { openCursor } from '#platform/cursor';
import { forbidden, parseInput } from '#platform/errors';
import { pageSize, sealedPage, type Page } from '#platform/paging';
import { AuditEvent, type AuditRecord } from '#modules/audit/entity';
import { AgreementInProgram } from '#modules/partnerAgreement/entity';
import { effectiveStatus, isoDay } from '#modules/partnerAgreement/status';

/**
 * The program team's dashboard (admin/src/dashboard). Each tile is one cheap read of an index or an
 * aggregate — never a scan, never the records one by one (functions/modules/README.md, "Dashboard"):
 *
 * - spent vs planned by objective: the results report of the whole program (`resultsReport`, 5 requests);
 * - agreements ending in the next 90 days: `partnerAgreements(filter: { programId, endFrom, endTo })`
 *   (the program copies' end-date index, 1 Query);
 * - agreements by status: `agreementStatusCounts` below (the program copies, 1 Query);
 * - recent changes: `recentChanges` below (the audit feed index, at most 2 Queries a page).
 */

/**
 * A program's agreements by status: one Query over the program's agreement copies (its partition,
 * only `status` and `endDate` projected), counted here — EXPIRED is derived from the end date, so a
 * stored counter could not say it. Every status is listed, zeros included, in the enum's order.
 */
export async function agreementStatusCounts(ctx: RequestContext, raw: unknown): Promise<{ status: AgreementStatus; count: number }[]> {
  const { programId } = parseInput(dashboardProgramInput, raw, []);
  assertProgramReach(ctx, 'agreementStatusCounts', programId);
  const { data } = await AgreementInProgram.query.byStart({ programId }).go({ pages: 'all', attributes: ['status', 'endDate'] });
  const today = isoDay(ctx.now);
  const counts = new Map<AgreementStatus, number>(AGREEMENT_STATUSES.map((s) => [s, 0]));
  for (const a of data) {
    const status = effectiveStatus(a, today);
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return AGREEMENT_STATUSES.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/** How far back "recent" goes: the current month and the 11 before it. Older history is on each record. */
export const RECENT_MONTHS = 12;
/** DynamoDB Queries a page of recent changes may take (a page that crosses into the month before). */
const MAX_READS = 2;
const LIST = 'recentChanges:recent';

/** `YYYY-MM` n months before `month`. */
export function monthsBefore(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

/** Where the next page starts: a month of the feed and ElectroDB's cursor inside it (null: its newest event). */
interface Position {
  month: string;
  cursor: string | null;
}

function positionOf(opened: string): Position {
  // Sealed by this server for this list and caller (#platform/cursor), so the shape is ours.
  const p = JSON.parse(opened) as Position;
  return { month: String(p.month), cursor: p.cursor == null ? null : String(p.cursor) };
}

/**
 * The latest changes across records, newest first: the audit events of the feed types (FEED_TYPES in
 * audit/entity.ts — organizations, agreements, programs, framework items; never records with personal
 * data), by month on the `recent` index. A page reads the month it is in and, when that month runs
 * out before the page is full, the month before: at most two Queries. The list ends 12 months back;
 * a short page with `hasNextPage` means "more in an earlier month".
 */
export async function recentChanges(ctx: RequestContext, first?: number | null, after?: string | null): Promise<Page<AuditRecord>> {
  if (!reachOf(ctx, 'Query', 'recentChanges')) throw forbidden();
  const limit = pageSize(first);
  const newest = ctx.now.toISOString().slice(0, 7);
  const oldest = monthsBefore(newest, RECENT_MONTHS - 1);
  const opened = openCursor(ctx, LIST, after);
  let position: Position | null = opened ? positionOf(opened) : { month: newest, cursor: null };
  const nodes: AuditRecord[] = [];
  for (let read = 0; read < MAX_READS && position && position.month >= oldest; read++) {
    const { month, cursor }: Position = position;
    const res: { data: AuditRecord[]; cursor: string | null } = await AuditEvent.query
      .recent({ month })
      .go({ limit: limit - nodes.length, order: 'desc', cursor, pages: 1 });
    nodes.push(...res.data);
    if (res.cursor) position = { month, cursor: res.cursor };
    else position = month > oldest ? { month: monthsBefore(month, 1), cursor: null } : null;
    if (nodes.length >= limit) break;
  }
  if (position && position.month < oldest) position = null;
  return sealedPage(ctx, LIST, nodes, position && JSON.stringify(position));
}
