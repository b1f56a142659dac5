import type { PartnerAgreementFilter, PartnerAgreementSort } from '@ruta/schema/generated/types';
import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';
import { searchKey } from '#platform/text';
import { AgreementInProgram, AgreementParty, PartnerAgreement, type AgreementRecord } from '#modules/partnerAgreement/entity';

/**
 * Which index serves a list request (the word search of `q` is the service's, see
 * #modules/search/query; this plans everything else). The selective filter picks the index —
 * organization (party copies), else program (program copies), else kind, else status, else none —
 * and the others become filter expressions on it; the start-date range is a key condition because
 * every one of these indexes is sorted by start date. The end-date range is a key condition on the
 * program copies' end-date index, a filter elsewhere. `titleIs` and a `q` without a word worth
 * looking up use the title index and combine with nothing (but the organization a partner is
 * confined to).
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
    data: (AgreementRecord & { organizationId?: string; endKey?: string })[];
    cursor: string | null;
  }>;
}

type Where = Parameters<ReturnType<typeof PartnerAgreement.query.byStart>['where']>[0];

export const nextDay = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** Filters that narrow a list (everything but the text searches). */
export const NARROWING = ['organizationId', 'programId', 'kind', 'status', 'startFrom', 'startTo', 'endFrom', 'endTo'] as const;

export function checkRanges(filter: PartnerAgreementFilter) {
  if (filter.startFrom && filter.startTo && filter.startTo < filter.startFrom) {
    throw badInput([problem('filter.startTo', 'validation.end_before_start')]);
  }
  if (filter.endFrom && filter.endTo && filter.endTo < filter.endFrom) {
    throw badInput([problem('filter.endTo', 'validation.end_before_start')]);
  }
}

/** The sort a word search accepts: its own order (word, then title), ascending or descending. */
export function searchOrder(sort: PartnerAgreementSort | null | undefined): 'asc' | 'desc' {
  if (sort && sort.field !== 'TITLE') {
    throw badInput([problem('sort.field', 'validation.invalid')], 'Results of a search are sorted by the word found, then by title');
  }
  return sort?.order === 'DESC' ? 'desc' : 'asc';
}

/** A title index plan: `titleIs` (exact) or a `q` of stop words and single letters (whole-title prefix). */
function planTitle(filter: PartnerAgreementFilter, sort: ListRequest['sort']) {
  const exact = !!filter.titleIs;
  const key = searchKey((filter.titleIs ?? filter.q)!);
  const name = exact ? 'titleIs' : 'q';
  const mixed = NARROWING.filter((k) => k !== 'organizationId' && filter[k]);
  if (filter.q && filter.titleIs) mixed.push('q' as never);
  if (mixed.length) {
    throw badInput(
      mixed.map((k) => problem(`filter.${k}`, 'validation.invalid')),
      `filter.${name} (a whole-title match) cannot be combined with other filters; clear them or search for a word of the title`,
    );
  }
  const order = searchOrder(sort);
  const matches: Where = (a, op) => (exact ? op.eq(a.titleKey, key) : op.begins(a.titleKey, key));
  if (filter.organizationId) {
    // A partner's own agreements: its party copies, the title as a filter.
    const query = (AgreementParty.query.byOrganization({ organizationId: filter.organizationId }) as unknown as RunnableQuery).where(
      matches,
    );
    return { query, order, filtered: true, index: `byOrganization:${filter.organizationId}:${name}:${key}` };
  }
  const base = PartnerAgreement.query.byTitle({}).begins({ titleKey: key });
  const query = exact ? (base as unknown as RunnableQuery).where(matches) : (base as unknown as RunnableQuery);
  return { query, order, filtered: exact, index: `byTitle:${name}:${key}` };
}

export function planList({ filter, sort, today }: ListRequest) {
  checkRanges(filter);
  if (filter.titleIs || filter.q) return planTitle(filter, sort);
  if (sort?.field === 'TITLE') {
    const used = NARROWING.filter((k) => filter[k]);
    if (used.length) {
      throw badInput(
        [problem('sort.field', 'validation.invalid')],
        'Sorting by title works only without filters; sort by start date instead',
      );
    }
    const order = sort.order === 'ASC' ? ('asc' as const) : ('desc' as const);
    return { query: PartnerAgreement.query.byTitle({}) as unknown as RunnableQuery, order, filtered: false, index: 'byTitle' };
  }
  const byProgram = !!filter.programId && !filter.organizationId;
  const byEnd = byProgram && (!!filter.endFrom || !!filter.endTo || sort?.field === 'END_DATE');
  if (sort?.field === 'END_DATE' && !byEnd) {
    throw badInput(
      [problem('sort.field', 'validation.invalid')],
      'Sorting by end date works within a program (filter.programId, without organizationId)',
    );
  }
  // By start date newest first; by end date soonest first ("ending in the next 90 days").
  const order = sort ? (sort.order === 'ASC' ? ('asc' as const) : ('desc' as const)) : byEnd ? ('asc' as const) : ('desc' as const);

  const conditions: Where[] = [];
  const kindFilter: Where = (a, op) => op.eq(a.kind, filter.kind!);
  const statusFilter: Where = statusCondition(filter, today);
  const from = filter.startFrom ?? undefined;
  const upTo = filter.startTo ? nextDay(filter.startTo) : undefined;
  const startFilter: Where = (a, op) =>
    [from ? op.gte(a.startDate, from) : '', upTo ? op.lt(a.startDate, upTo) : ''].filter(Boolean).join(' AND ');
  const endFilter: Where = (a, op) =>
    [filter.endFrom ? op.gte(a.endDate, filter.endFrom) : op.exists(a.endDate), filter.endTo ? op.lte(a.endDate, filter.endTo) : '']
      .filter(Boolean)
      .join(' AND ');
  const ended = !!filter.endFrom || !!filter.endTo;

  // biome-ignore lint/suspicious/noImplicitAnyLet: TypeScript types it as the union of the ElectroDB queries assigned below
  let base;
  let index: string;
  let startIsKey = true;
  if (filter.organizationId) {
    index = `byOrganization:${filter.organizationId}`;
    base = AgreementParty.query.byOrganization({ organizationId: filter.organizationId });
    if (filter.programId) conditions.push((a, op) => op.eq(a.programId, filter.programId!));
    if (filter.kind) conditions.push(kindFilter);
    if (filter.status) conditions.push(statusFilter);
  } else if (byEnd) {
    index = `byProgramEnd:${filter.programId}`;
    const ends = AgreementInProgram.query.byEnd({ programId: filter.programId! });
    const endUpTo = filter.endTo ? nextDay(filter.endTo) : undefined;
    base =
      filter.endFrom && endUpTo
        ? ends.between({ endKey: filter.endFrom }, { endKey: endUpTo })
        : filter.endFrom
          ? ends.gte({ endKey: filter.endFrom })
          : endUpTo
            ? ends.lt({ endKey: endUpTo })
            : ends;
    startIsKey = false;
    if (filter.kind) conditions.push(kindFilter);
    if (filter.status) conditions.push(statusFilter);
  } else if (byProgram) {
    index = `byProgram:${filter.programId}`;
    base = AgreementInProgram.query.byStart({ programId: filter.programId! });
    if (filter.kind) conditions.push(kindFilter);
    if (filter.status) conditions.push(statusFilter);
  } else if (filter.kind) {
    index = `byKind:${filter.kind}`;
    base = PartnerAgreement.query.byKind({ kind: filter.kind });
    if (filter.status) conditions.push(statusFilter);
  } else if (filter.status) {
    index = `byStatus:${filter.status}`;
    base = PartnerAgreement.query.byStatus({ status: storedStatus(filter.status) });
    if (filter.status === 'EXPIRED' || filter.status === 'ACTIVE') conditions.push(statusFilter);
  } else {
    index = 'byStart';
    base = PartnerAgreement.query.byStart({});
  }
  if (ended && !byEnd) conditions.push(endFilter);
  let query: RunnableQuery;
  if (startIsKey) {
    const starts = base as ReturnType<typeof PartnerAgreement.query.byStart>;
    const ranged =
      from && upTo
        ? starts.between({ startDate: from }, { startDate: upTo })
        : from
          ? starts.gte({ startDate: from })
          : upTo
            ? starts.lt({ startDate: upTo })
            : starts;
    query = ranged as unknown as RunnableQuery;
  } else {
    query = base as unknown as RunnableQuery;
    if (from || upTo) conditions.push(startFilter);
  }
  for (const c of conditions) query = query.where(c);
  // The list name binds a cursor to the index and filters it was issued for.
  const bound = JSON.stringify([filter.programId, filter.kind, filter.status, from, upTo, filter.endFrom, filter.endTo]);
  return { query, order, filtered: conditions.length > 0, index: `${index}:${bound}` };
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

/** What a list's filters read of an agreement, whether the agreement itself or one of its search-word items. */
export interface Filterable {
  kind?: string;
  status?: string;
  startDate?: string;
  endDate?: string;
  partyIds?: readonly string[];
  programId?: string;
}

/**
 * The list's narrowing filters checked on a record or word item, for the lists that filter in code
 * (the word search, donors' merged list): the same meaning as the filter expressions above.
 */
export function matchesFilter(a: Filterable, filter: PartnerAgreementFilter, today: string): boolean {
  if (filter.organizationId && !a.partyIds?.includes(filter.organizationId)) return false;
  if (filter.programId && a.programId !== filter.programId) return false;
  if (filter.kind && a.kind !== filter.kind) return false;
  if (filter.status) {
    if (a.status !== storedStatus(filter.status)) return false;
    if (filter.status === 'EXPIRED' && !(a.endDate && a.endDate < today)) return false;
    if (filter.status === 'ACTIVE' && a.endDate && a.endDate < today) return false;
  }
  const start = a.startDate ?? '';
  if (filter.startFrom && start < filter.startFrom) return false;
  if (filter.startTo && start > filter.startTo) return false;
  if (filter.endFrom && !(a.endDate && a.endDate >= filter.endFrom)) return false;
  if (filter.endTo && !(a.endDate && a.endDate <= filter.endTo)) return false;
  return true;
}
