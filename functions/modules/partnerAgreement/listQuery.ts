import type { PartnerAgreementFilter, PartnerAgreementSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';
import { searchKey } from '#platform/text';
import { AgreementParty, PartnerAgreement, type AgreementRecord } from '#modules/partnerAgreement/entity';

/**
 * Which index serves a list request. The selective filter picks the index — organization (party
 * copies), else kind, else status, else none — and the others become filter expressions on it;
 * the start-date range is always a key condition because every one of these indexes is sorted by
 * start date. The title search has its own index sorted by title and combines with nothing else.
 */
export interface ListRequest {
  filter: PartnerAgreementFilter;
  sort: PartnerAgreementSort | null | undefined;
  today: string;
}

/** The part of an ElectroDB query the list needs, the same whichever index was chosen. */
export interface RunnableQuery {
  where(condition: Where): RunnableQuery;
  go(options: { limit: number; order: 'asc' | 'desc'; cursor: string | null; pages: number }): Promise<{
    data: (AgreementRecord & { organizationId?: string })[];
    cursor: string | null;
  }>;
}

type Where = Parameters<ReturnType<typeof PartnerAgreement.query.byStart>['where']>[0];

const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function planList({ filter, sort, today }: ListRequest) {
  const order = sort?.order === 'ASC' ? ('asc' as const) : ('desc' as const);
  const others = ['organizationId', 'kind', 'status', 'startFrom', 'startTo'] as const;
  if (filter.q) {
    const mixed = others.filter((k) => filter[k]);
    if (mixed.length) {
      throw badInput(
        mixed.map((k) => problem(`filter.${k}`, 'validation.invalid')),
        'The title search cannot be combined with other filters; clear them or the search',
      );
    }
    if (sort && sort.field !== 'TITLE') {
      throw badInput([problem('sort.field', 'validation.invalid')], 'Results of a title search are sorted by title');
    }
    const key = searchKey(filter.q);
    const query = PartnerAgreement.query.byTitle({}).begins({ titleKey: key });
    return { query: query as unknown as RunnableQuery, order, filtered: false, index: `byTitle:${key}` };
  }
  if (sort?.field === 'TITLE') {
    const used = others.filter((k) => filter[k]);
    if (used.length) {
      throw badInput(
        [problem('sort.field', 'validation.invalid')],
        'Sorting by title works only without filters; sort by start date instead',
      );
    }
    return { query: PartnerAgreement.query.byTitle({}) as unknown as RunnableQuery, order, filtered: false, index: 'byTitle' };
  }
  if (filter.startFrom && filter.startTo && filter.startTo < filter.startFrom) {
    throw badInput([problem('filter.startTo', 'validation.end_before_start')]);
  }
  const conditions: Where[] = [];
  const byKindFilter: Where = (a, op) => op.eq(a.kind, filter.kind!);
  const byStatusFilter: Where = statusCondition(filter, today);

  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it as the union of the four ElectroDB queries assigned below
  let base;
  let index: string;
  if (filter.organizationId) {
    index = `byOrganization:${filter.organizationId}`;
    base = AgreementParty.query.byOrganization({ organizationId: filter.organizationId });
    if (filter.kind) conditions.push(byKindFilter);
    if (filter.status) conditions.push(byStatusFilter);
  } else if (filter.kind) {
    index = `byKind:${filter.kind}`;
    base = PartnerAgreement.query.byKind({ kind: filter.kind });
    if (filter.status) conditions.push(byStatusFilter);
  } else if (filter.status) {
    index = `byStatus:${filter.status}`;
    base = PartnerAgreement.query.byStatus({ status: storedStatus(filter.status) });
    if (filter.status === 'EXPIRED' || filter.status === 'ACTIVE') conditions.push(byStatusFilter);
  } else {
    index = 'byStart';
    base = PartnerAgreement.query.byStart({});
  }
  const from = filter.startFrom ?? undefined;
  const upTo = filter.startTo ? nextDay(filter.startTo) : undefined;
  const ranged =
    from && upTo
      ? base.between({ startDate: from }, { startDate: upTo })
      : from
        ? base.gte({ startDate: from })
        : upTo
          ? base.lt({ startDate: upTo })
          : base;
  let query = ranged as unknown as RunnableQuery;
  for (const c of conditions) query = query.where(c);
  // The list name binds a cursor to the index and filters it was issued for.
  return { query, order, filtered: conditions.length > 0, index: `${index}:${JSON.stringify([filter.kind, filter.status, from, upTo])}` };
}

function storedStatus(status: NonNullable<PartnerAgreementFilter['status']>): AgreementRecord['status'] {
  return status === 'EXPIRED' ? 'ACTIVE' : status;
}

/** Status as a filter expression: EXPIRED and ACTIVE are told apart by the end date. */
function statusCondition(filter: PartnerAgreementFilter, today: string): Where {
  return (a, op) => {
    const stored = op.eq(a.status, storedStatus(filter.status!));
    if (filter.status === 'EXPIRED') return `${stored} AND ${op.lt(a.endDate, today)}`;
    if (filter.status === 'ACTIVE') return `${stored} AND (${op.notExists(a.endDate)} OR ${op.gte(a.endDate, today)})`;
    return stored;
  };
}
