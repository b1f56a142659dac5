import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_SEARCH_WORDS } from '@ruta/schema/search';
import { MAX_OBJECTIVE_CODES, MAX_PARTIES } from '@ruta/schema/zod/partnerAgreement';
import { connectTable } from '#platform/store';
import { foldSteps, MAX_TRANSACTION_ITEMS } from '#platform/transact';
import type { AgreementRecord } from '#modules/partnerAgreement/entity';
import { agreementSteps } from '#modules/partnerAgreement/steps';

// Offline: the items an agreement's transaction writes, read from the operations ElectroDB builds.
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

const agreement = (over: Partial<AgreementRecord>): AgreementRecord => ({
  id: 'agr-1',
  kind: 'MOU',
  title: 'Convenio',
  partyIds: ['org-a', 'org-b'],
  startDate: '2007-01-01',
  status: 'ACTIVE',
  objectiveCodes: [],
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'staff',
  ...over,
});
const entities = (before: AgreementRecord | null, after: AgreementRecord | null) =>
  foldSteps(agreementSteps(before, after)).map((s) => {
    const [kind, op] = Object.entries(s.op)[0] as [string, { Key?: { sk: string }; Item?: { sk: string; __edb_e__?: string } }];
    return `${kind} ${(op.Key ?? op.Item)!.sk.split('_')[0]!.replace('$', '')}`;
  });
const count = (xs: string[]) => Object.fromEntries([...new Set(xs)].map((x) => [x, xs.filter((y) => y === x).length]));

describe('agreement transaction', () => {
  it('writes the program copy with the party copies and the words of the title', () => {
    const a = agreement({ programId: 'prog-1', title: 'Programa Piloto de Albergue — Fundación Quimera' });
    expect(count(entities(null, a))).toMatchObject({
      'Put agreementparty': 2,
      'Put agreementinprogram': 1,
      'Put searchword': 5,
    });
  });

  it('moves the program copy when the program or the start date changes, and rewrites it in place otherwise', () => {
    const a = agreement({ programId: 'prog-1' });
    expect(count(entities(a, { ...a, programId: 'prog-2' }))).toMatchObject({
      'Delete agreementinprogram': 1,
      'Put agreementinprogram': 1,
    });
    expect(count(entities(a, { ...a, startDate: '2008-01-01' }))).toMatchObject({
      'Delete agreementinprogram': 1,
      'Put agreementinprogram': 1,
    });
    expect(entities(a, { ...a, purpose: 'x' })).toContain('Put agreementinprogram');
    expect(entities(a, { ...a, purpose: 'x' })).not.toContain('Delete agreementinprogram');
    expect(count(entities(a, { ...a, programId: undefined }))).toMatchObject({ 'Delete agreementinprogram': 1 });
    expect(entities(a, null)).toContain('Delete agreementinprogram');
  });

  it('the largest update stays within one transaction: the count in functions/modules/README.md', () => {
    const words = (prefix: string) => Array.from({ length: MAX_SEARCH_WORDS + 2 }, (_, i) => `${prefix}${i}`).join(' ');
    const codes = (p: string) => Array.from({ length: MAX_OBJECTIVE_CODES }, (_, i) => `${p}.${i + 1}`);
    const parties = (p: string) => Array.from({ length: MAX_PARTIES }, (_, i) => `${p}-${i}`);
    const before = agreement({
      programId: 'prog-a',
      title: words('antes'),
      partyIds: parties('old'),
      objectiveCodes: codes('1'),
      startDate: '2007-01-01',
    });
    const after = agreement({
      programId: 'prog-b',
      title: words('despues'),
      partyIds: parties('new'),
      objectiveCodes: codes('2'),
      startDate: '2008-06-01',
      status: 'ACTIVE',
    });
    const steps = foldSteps(agreementSteps(before, after));
    // + the agreement's own patch and the audit event (records/writes.ts updateVersioned)
    const items = steps.length + 2;
    expect(count(entities(before, after))).toEqual({
      'Update organization': 2 * MAX_PARTIES,
      'Delete agreementparty': MAX_PARTIES,
      'Put agreementparty': MAX_PARTIES,
      'Delete agreementinprogram': 1,
      'Put agreementinprogram': 1,
      'Delete searchword': MAX_SEARCH_WORDS,
      'Put searchword': MAX_SEARCH_WORDS,
      'ConditionCheck program': 1,
      'Update framework#objective': 2 * MAX_OBJECTIVE_CODES,
      'Update programstat': 2 * MAX_OBJECTIVE_CODES,
    });
    expect(items).toBe(97);
    expect(items).toBeLessThanOrEqual(MAX_TRANSACTION_ITEMS);
  });
});
