import { allWords, foldText, searchWords } from '@ruta/schema/search';
import { step, type Step } from '#platform/transact';
import { SearchWord, type SearchWordRecord } from '#modules/search/entity';

/** What the list's other filters read on a word item (only what the type has). */
export type SearchFacets = Partial<Pick<SearchWordRecord, 'kind' | 'status' | 'startDate' | 'endDate' | 'partyIds' | 'programId'>>;

/** A record as the search index sees it. */
export interface Searchable {
  /** The GraphQL type (one partition per type). */
  type: string;
  id: string;
  /** The name or title first (it orders the results), then other texts found by (the acronym). */
  texts: readonly (string | null | undefined)[];
  facets: SearchFacets;
}

/** The word items of a record: one per indexed word (`searchWords`: distinct, at most MAX_SEARCH_WORDS). */
export function searchEntries(s: Searchable): SearchWordRecord[] {
  const words = searchWords(...s.texts);
  const order = foldText(s.texts[0] ?? '').slice(0, 80);
  const text = ` ${allWords(...s.texts).join(' ')} `;
  const facets = Object.fromEntries(Object.entries(s.facets).filter(([, v]) => v !== undefined && v !== null)) as SearchFacets;
  return words.map((word) => ({ type: s.type, word, order, recordId: s.id, words, text, ...facets }));
}

const keyOf = (e: SearchWordRecord) => `${e.word}\n${e.order}`;

/**
 * The word items that follow a record from `before` to `after` (null: created or deleted), for its
 * transaction: items of words it lost are deleted, items of new words written, and the others
 * rewritten only when what they carry (filters, words) changed — a change of status rewrites every
 * item of the record, a change of purpose none.
 */
export function searchWordSteps(before: Searchable | null, after: Searchable | null): Step[] {
  const was = new Map((before ? searchEntries(before) : []).map((e) => [keyOf(e), e]));
  const now = after ? searchEntries(after) : [];
  const kept = new Set(now.map(keyOf));
  const steps: Step[] = [];
  for (const [key, e] of was) {
    if (!kept.has(key)) steps.push(step(SearchWord.delete({ type: e.type, word: e.word, order: e.order, recordId: e.recordId }).commit()));
  }
  for (const e of now) {
    const old = was.get(keyOf(e));
    if (old && JSON.stringify(old) === JSON.stringify(e)) continue;
    steps.push(step(SearchWord.put(e).commit()));
  }
  return steps;
}
