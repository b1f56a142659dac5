import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectTable } from '#platform/store';
import { isMatch } from '#modules/search/query';
import { searchEntries, searchWordSteps, type Searchable } from '#modules/search/steps';

// Offline: which word items a record has, which of them a change touches, and which items match.
beforeAll(() =>
  connectTable(
    {
      send: async () => {
        throw new Error('offline');
      },
    } as unknown as DynamoDBDocumentClient,
    'unit',
  ),
);

const org = (name: string, acronym: string | null, kind = 'NGO'): Searchable => ({
  type: 'Organization',
  id: 'org-1',
  texts: [name, acronym],
  facets: { kind },
});
const kinds = (steps: ReturnType<typeof searchWordSteps>) =>
  steps.map((s) => {
    const [kind, op] = Object.entries(s.op)[0] as [string, { Key?: { sk: string }; Item?: { sk: string } }];
    return `${kind} ${(op.Key ?? op.Item)!.sk.match(/#word_([^#]+)/)![1]}`;
  });

describe('search word items', () => {
  it('one item per word of name and acronym, ordered by the folded name, carrying the filters', () => {
    const items = searchEntries(org('Fundación Nuestros Jóvenes', 'FNJ'));
    expect(items.map((i) => i.word)).toEqual(['fundacion', 'nuestros', 'jovenes', 'fnj']);
    expect(items[0]).toMatchObject({
      order: 'fundacion nuestros jovenes',
      recordId: 'org-1',
      kind: 'NGO',
      text: ' fundacion nuestros jovenes fnj ',
    });
  });

  it('a create writes every item, a delete removes every item', () => {
    expect(kinds(searchWordSteps(null, org('Fundación Quimera', 'FQ')))).toEqual(['Put fundacion', 'Put quimera', 'Put fq']);
    expect(kinds(searchWordSteps(org('Fundación Quimera', 'FQ'), null))).toEqual(['Delete fundacion', 'Delete quimera', 'Delete fq']);
  });

  it('an update writes nothing unless a word or a filter changed; then every item (each carries the words and filters)', () => {
    const before = org('Fundación Quimera', 'FQ');
    expect(searchWordSteps(before, org('Fundación  Quimera', 'FQ'))).toEqual([]);
    expect(kinds(searchWordSteps(before, org('Fundación Quimera', 'FQM')))).toEqual([
      'Delete fq',
      'Put fundacion',
      'Put quimera',
      'Put fqm',
    ]);
    expect(kinds(searchWordSteps(before, org('Fundación Quimera', 'FQ', 'SHELTER')))).toEqual(['Put fundacion', 'Put quimera', 'Put fq']);
    expect(kinds(searchWordSteps(before, org('Fundación Quimeras', 'FQ')))).toHaveLength(6);
  });

  it('matches on the first word of the record that starts with the searched one, and needs every other word', () => {
    const [nuestra, nuestros, fnj] = ['nuestra', 'nuestros', 'fnj'].map((word) => ({
      word,
      words: ['nuestra', 'nuestros', 'fnj'],
      text: ' casa nuestra nuestros de fnj ',
    }));
    expect([nuestra, nuestros].filter((w) => isMatch(w!, 'nuest', []))).toEqual([nuestra]);
    expect(isMatch(fnj!, 'fnj', ['casa', 'de'])).toBe(true);
    expect(isMatch(fnj!, 'fnj', ['quimera'])).toBe(false);
  });
});
