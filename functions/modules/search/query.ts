import { queryWords } from '@ruta/schema/search';
import type { RequestContext } from '#platform/context';
import { readPage, type Page } from '#platform/paging';
import { SearchWord, type SearchWordRecord } from '#modules/search/entity';

export interface SearchRequest {
  /** The GraphQL type searched. */
  type: string;
  q: string;
  /** Names the list and its filters, so a cursor only opens for the same search (see #platform/cursor). */
  list: string;
  /** The list's other filters and the caller's scope, checked on each word item. */
  keep?: (item: SearchWordRecord) => boolean;
  first: number | null | undefined;
  after: string | null | undefined;
  order?: 'asc' | 'desc';
}

/**
 * Whether a word item stands for a match: the searched word is its word's start, and it is the
 * record's first such word (so a record matched by two of its words — "nuestra", "nuestros" — comes
 * back once, on every page), and every other word searched starts a word of the record.
 */
export function isMatch(item: Pick<SearchWordRecord, 'word' | 'words' | 'text'>, index: string, rest: readonly string[]): boolean {
  const first = item.words.filter((w) => w.startsWith(index)).sort()[0];
  return first === item.word && rest.every((w) => item.text.includes(` ${w}`));
}

/**
 * A page of the ids of records whose words match `q`: one Query on the word index (the longest word
 * searched), the other words and filters checked on the items — up to three DynamoDB pages fill a
 * page, like any filtered list. Undefined when `q` has no word worth looking up (only stop words or
 * single letters): the caller falls back to its whole-name prefix index.
 */
export async function searchIds(ctx: RequestContext, r: SearchRequest): Promise<Page<string> | undefined> {
  const { index, rest } = queryWords(r.q);
  if (!index) return undefined;
  const words = SearchWord.query.byWord({ type: r.type }).begins({ word: index });
  const matching = {
    go: async (options: { limit: number; order: 'asc' | 'desc'; cursor: string | null; pages: number }) => {
      const { data, cursor } = await words.go(options);
      return { data: data.filter((w) => isMatch(w, index, rest) && (r.keep?.(w) ?? true)).map((w) => w.recordId), cursor };
    },
  };
  const list = `${r.list}:words:${JSON.stringify([index, ...[...rest].sort()])}`;
  return readPage(ctx, list, matching, { first: r.first, after: r.after, order: r.order ?? 'asc', filtered: true });
}
