import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_AUDIENCE_LINES, MAX_ORGANIZERS } from '@ruta/schema/limits';
import { connectTable } from '#platform/store';
import { foldSteps, MAX_TRANSACTION_ITEMS } from '#platform/transact';
import type { TrainingRecord } from '#modules/training/entity';
import { trainingSteps } from '#modules/training/steps';

// Offline: the items a training's transaction writes, read from the operations ElectroDB builds.
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

const training = (over: Partial<TrainingRecord>): TrainingRecord => ({
  id: 'tr-1',
  title: 'Taller',
  kind: 'WORKSHOP',
  topics: [],
  startDate: '2008-03-10',
  endDate: '2008-03-10',
  place: { country: 'EC', provinceCode: '17', cantonCode: '1701' },
  organizerIds: ['org-a'],
  programId: 'prog-1',
  objectiveCode: '2.1',
  audience: [{ group: 'Comunidad', women: 1, men: 2, notRecorded: 0, total: 3 }],
  totals: { women: 1, men: 2, notRecorded: 0, total: 3 },
  rosterSize: 0,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'staff',
  ...over,
});
const entities = (steps: ReturnType<typeof trainingSteps>) =>
  foldSteps(steps).map((s) => {
    const [kind, op] = Object.entries(s.op)[0] as [string, { Key?: { sk: string }; Item?: { sk: string } }];
    return `${kind} ${(op.Key ?? op.Item)!.sk.split('_')[0]!.replace('$', '')}`;
  });
const count = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

describe('training transaction', () => {
  it('a create checks each organization once, writes a copy per organization, the roster and the aggregate', () => {
    const t = training({
      organizerIds: ['org-a', 'org-b'],
      audience: [{ organizationId: 'org-a', women: 1, men: 0, notRecorded: 0, total: 1 }],
    });
    expect(count(entities(trainingSteps(null, t, { entries: [{ name: 'Ana', sex: 'F' }] })))).toEqual({
      'ConditionCheck organization': 2,
      'Put trainingorganization': 2,
      'ConditionCheck program': 1,
      'ConditionCheck framework#objective': 1,
      'Put trainingroster': 1,
      // The month's aggregate, and the uses of org-a, org-b and objective 2.1 (#modules/aggregates/uses).
      'Update programstat': 4,
    });
  });

  it('a delete removes the copies and the roster and takes the training off the aggregate', () => {
    const t = training({});
    expect(count(entities(trainingSteps(t, null)))).toEqual({
      'Delete trainingorganization': 1,
      'Delete trainingroster': 1,
      // The month's aggregate, and the uses of org-a and objective 2.1.
      'Update programstat': 3,
    });
  });

  it('the largest update stays within one transaction: the count in functions/modules/README.md', () => {
    const orgs = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}-${i}`);
    const line = (organizationId: string) => ({ organizationId, women: 1, men: 1, notRecorded: 0, total: 2 });
    const kept = orgs('kept', MAX_ORGANIZERS + MAX_AUDIENCE_LINES);
    const before = training({ organizerIds: kept.slice(0, MAX_ORGANIZERS), audience: kept.slice(MAX_ORGANIZERS).map(line), rosterSize: 3 });
    /** Moved to another program, objective and month, with `replaced` of its 30 organizations replaced by others. */
    const update = (replaced: number) => {
      const named = [...orgs('new', replaced), ...kept.slice(replaced)];
      const after = training({
        programId: 'prog-2',
        objectiveCode: '1.1',
        startDate: '2009-01-01',
        organizerIds: named.slice(0, MAX_ORGANIZERS),
        audience: named.slice(MAX_ORGANIZERS).map(line),
        rosterSize: 2,
      });
      return trainingSteps(before, after, { entries: [{ name: 'Ana', sex: 'F' }] });
    };
    expect(count(entities(update(15)))).toEqual({
      'ConditionCheck organization': 15,
      'Delete trainingorganization': 15,
      'Put trainingorganization': 30,
      'ConditionCheck program': 1,
      'ConditionCheck framework#objective': 1,
      'Put trainingroster': 1,
      // 2 aggregate items, 15 + 15 organizations' uses, the old and new objective's uses.
      'Update programstat': 2 + 30 + 2,
    });
    // + the training's own patch and the audit event (records/writes.ts updateVersioned)
    const items = (replaced: number) => foldSteps(update(replaced)).length + 2;
    expect(items(15)).toBe(99);
    expect(items(15)).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
    // Replacing more at once is refused as too many items (transact): the form saves it in two steps.
    expect(items(16)).toBeGreaterThan(MAX_TRANSACTION_ITEMS);
  });
});
