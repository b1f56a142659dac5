import { partnerQuarterInput } from '@ruta/schema/zod/dashboard';
import { ACTIVITY_STATUSES, quarterRange } from '@ruta/schema/zod/activityRecord';
import type { ActivityStatus } from '@ruta/schema/generated/types';
import { reachOf } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { badInput, forbidden, parseInput } from '#platform/errors';
import { ActivityRecord, QUEUE_RANK } from '#modules/activityRecord/entity';
import { problem } from '@ruta/schema/problems';

/** The tile's order: what needs the partner, then what waits for staff, then what counts. */
const ORDER: readonly ActivityStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'];
/** Returned records listed with their comment. */
const MAX_RETURNED = 20;

/**
 * A partner's quarter for its dashboard tile (admin/src/dashboard/tiles/PartnerQuarterTile.tsx): the
 * records whose start date is in the quarter, by status, with the people they reach and the returned
 * ones with the reviewer's comment. The partner's index (`byOrganization`, gsi1) is sorted by status
 * rank, then start date: one key-range Query per status reads exactly the quarter's records of that
 * status — four Queries (in parallel), however many records the partner has in other quarters; a
 * program narrows with a filter inside the range. Partners get their own organization only.
 */
export async function partnerQuarter(ctx: RequestContext, raw: unknown) {
  const input = parseInput(partnerQuarterInput, raw, []);
  const reach = reachOf(ctx, 'Query', 'partnerQuarter');
  if (!reach) throw forbidden();
  let organizationId = input.organizationId ?? null;
  if (reach.scope !== 'all') {
    const own = reach.scope === 'own' || reach.scope === 'ownOrProgram' ? reach.organizationId : null;
    if (!own || (organizationId && organizationId !== own)) throw forbidden();
    organizationId = own;
  }
  if (!organizationId) throw badInput([problem('organizationId', 'validation.required')]);
  const { from, to } = quarterRange(input.quarter);
  const programId = input.programId ?? null;
  const read = async (status: ActivityStatus) => {
    let query = ActivityRecord.query
      .byOrganization({ organizationId, queue: QUEUE_RANK[status] })
      .between({ startDate: from }, { startDate: `${to}~` });
    if (programId) query = query.where((a, op) => op.eq(a.programId, programId));
    const { data } = await query.go({ pages: 'all', attributes: ['id', 'title', 'status', 'totals', 'reviewComment', 'startDate'] });
    // The rank is the status's; the status check guards a record caught between two writes.
    return data.filter((r) => r.status === status);
  };
  const found = await Promise.all(ACTIVITY_STATUSES.map(async (s) => [s, await read(s)] as const));
  const byStatus = new Map(found);
  const people = (s: ActivityStatus) => (byStatus.get(s) ?? []).reduce((n, r) => n + (r.totals?.total ?? 0), 0);
  return {
    organizationId,
    quarter: input.quarter,
    programId,
    byStatus: ORDER.map((status) => ({ status, count: byStatus.get(status)?.length ?? 0, people: people(status) })),
    peopleReached: people('APPROVED'),
    returned: (byStatus.get('RETURNED') ?? [])
      .sort((a, b) => b.startDate.localeCompare(a.startDate))
      .slice(0, MAX_RETURNED)
      .map((r) => ({ id: r.id, title: r.title, reviewComment: r.reviewComment ?? null })),
  };
}
