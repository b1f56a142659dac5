import { Entity, type EntityItem } from 'electrodb';
import { bind } from '#platform/store';

/**
 * One item per distinct word of a record's name (and acronym) or title, so a search for any word —
 * not only the first — is a Query: `begins_with(sk, word)` in the partition of the record's type.
 * Within a word the items sort by the record's folded name (`order`), so results read
 * alphabetically. Each item carries what the list's other filters need (kind, status, dates,
 * parties, program) and the record's words, so filters, the words of a multi-word search after the
 * first and the scope of the caller are checked on the item itself; only the matching ids are then
 * read (BatchGetItem). Written in the record's own transaction (`steps.ts`); `npm run recount`
 * rebuilds them for data written before they existed.
 */
export const SearchWord = bind(
  new Entity({
    model: { entity: 'searchWord', version: '1', service: 'ruta' },
    attributes: {
      /** The GraphQL type of the record: one partition per type. */
      type: { type: 'string', required: true, readOnly: true },
      word: { type: 'string', required: true, readOnly: true },
      /** The record's folded name or title (cut to 80 characters): the order within a word. */
      order: { type: 'string', required: true, readOnly: true },
      recordId: { type: 'string', required: true, readOnly: true },
      /** Every word the record is indexed by (a record matched by two of them is returned once). */
      words: { type: 'list', items: { type: 'string' }, required: true },
      /** All words of the record, folded, between spaces: later words of a search must start one of them. */
      text: { type: 'string', required: true },
      kind: { type: 'string' },
      status: { type: 'string' },
      startDate: { type: 'string' },
      endDate: { type: 'string' },
      partyIds: { type: 'list', items: { type: 'string' } },
      programId: { type: 'string' },
    },
    indexes: {
      byWord: { pk: { field: 'pk', composite: ['type'] }, sk: { field: 'sk', composite: ['word', 'order', 'recordId'] } },
    },
  }),
);

export type SearchWordRecord = EntityItem<typeof SearchWord>;
