/**
 * The API pages with opaque cursors, react-admin with page numbers. We remember the end cursor of
 * every page we have shown, per resource and query (filter, sort, page size): page N is asked
 * for `after` the end cursor of page N-1. A page whose predecessor we never saw (a bookmarked
 * ?page=3, another filter) has no cursor: the data provider answers it empty and react-admin
 * goes back to page 1.
 */
export interface ListQuery {
  filter: unknown;
  sort: unknown;
  perPage: number;
}

const store = new Map<string, Map<number, string | null>>();

const keyOf = (resource: string, q: ListQuery) => JSON.stringify([resource, q.filter ?? {}, q.sort ?? null, q.perPage]);

/** The `after` argument for a page: null for page 1, undefined when unknown. */
export function cursorFor(resource: string, q: ListQuery, page: number): string | null | undefined {
  if (page <= 1) return null;
  return store.get(keyOf(resource, q))?.get(page - 1) ?? undefined;
}

export function rememberCursor(resource: string, q: ListQuery, page: number, endCursor: string | null): void {
  const key = keyOf(resource, q);
  let pages = store.get(key);
  if (!pages) {
    pages = new Map();
    store.set(key, pages);
  }
  if (endCursor) pages.set(page, endCursor);
  else pages.delete(page);
}

export function forgetCursors(): void {
  store.clear();
}
