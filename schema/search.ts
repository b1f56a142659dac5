/**
 * (No zod here: the server's search module and the console both read it.)
 *
 * How names and titles are folded for search and for duplicate checks, the same in the API and the
 * console: accents and case are ignored ("Fundación" = "fundacion"), punctuation separates words
 * ("OIM–MRE" = "oim mre", "USAID/Ecuador" = "usaid ecuador").
 */

/** Words that say nothing about which record is meant; never indexed on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'al',
  'con',
  'de',
  'del',
  'el',
  'en',
  'la',
  'las',
  'los',
  'para',
  'por',
  'and',
  'for',
  'of',
  'the',
]);

/**
 * Words indexed per record (the first distinct ones): each is an item written in the record's
 * transaction, so the cap keeps the largest agreement update within DynamoDB's 100 items (see
 * functions/modules/README.md). Later words still narrow a search of several words.
 */
export const MAX_SEARCH_WORDS = 10;

/** Lower case, accents removed, anything but letters and digits a single space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Every word of the texts, folded, in order (repeats kept). */
export function allWords(...texts: readonly (string | null | undefined)[]): string[] {
  return texts.flatMap((t) => (t ? foldText(t).split(' ') : [])).filter((w) => w !== '');
}

/** Whether a folded word is worth an index entry: two letters or more and not a stop word. */
export const isSearchWord = (word: string): boolean => word.length >= 2 && !STOP_WORDS.has(word);

/** The words a record is found by: distinct, worth indexing, the first `MAX_SEARCH_WORDS`. */
export function searchWords(...texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(allWords(...texts).filter(isSearchWord))].slice(0, MAX_SEARCH_WORDS);
}

/**
 * A search text as the index reads it: `index` is the word looked up (the longest word worth
 * indexing, so the fewest records come back), `rest` the other words, each of which must start a
 * word of the record too. No `index` (only stop words or single letters): the caller falls back to
 * the whole-name prefix.
 */
export function queryWords(q: string): { index?: string; rest: string[] } {
  const words = [...new Set(allWords(q))];
  const candidates = words.filter(isSearchWord);
  if (!candidates.length) return { rest: words };
  const index = candidates.reduce((a, b) => (b.length > a.length ? b : a));
  return { index, rest: words.filter((w) => w !== index) };
}

/** Two names are the same for duplicate checks when they fold to the same text. */
export const sameName = (a: string, b: string): boolean => foldText(a) === foldText(b);
