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
      'Update programstat': 1,
    });
  });

  it('a delete removes the copies and the roster and takes the training off the aggregate', () => {
    const t = training({});
    expect(count(entities(trainingSteps(t, null)))).toEqual({
      'Delete trainingorganization': 1,
      'Delete trainingroster': 1,
      'Update programstat': 1,
    });
  });

  it('the largest update stays within one transaction: the count in functions/modules/README.md', () => {
    const orgs = (p: string, n: number) => Array.from({ length: n }, (_, i) => `${p}-${i}`);
    const lines = (p: string) =>
      orgs(p, MAX_AUDIENCE_LINES).map((organizationId) => ({ organizationId, women: 1, men: 1, notRecorded: 0, total: 2 }));
    const before = training({ organizerIds: orgs('old-org', MAX_ORGANIZERS), audience: lines('old-line'), rosterSize: 3 });
    const after = training({
      programId: 'prog-2',
      objectiveCode: '1.1',
      startDate: '2009-01-01',
      organizerIds: orgs('new-org', MAX_ORGANIZERS),
      audience: lines('new-line'),
      rosterSize: 2,
    });
    const steps = trainingSteps(before, after, { entries: [{ name: 'Ana', sex: 'F' }] });
    const named = MAX_ORGANIZERS + MAX_AUDIENCE_LINES;
    expect(count(entities(steps))).toEqual({
      'ConditionCheck organization': named,
      'Delete trainingorganization': named,
      'Put trainingorganization': named,
      'ConditionCheck program': 1,
      'ConditionCheck framework#objective': 1,
      'Put trainingroster': 1,
      'Update programstat': 2,
    });
    // + the training's own patch and the audit event (records/writes.ts updateVersioned)
    const items = foldSteps(steps).length + 2;
    expect(items).toBe(97);
    expect(items).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
  });
});
