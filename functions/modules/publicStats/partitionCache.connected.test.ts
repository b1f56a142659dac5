import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, tableName } from '#platform/store';
import { transact } from '#platform/transact';
import { connectedApi } from '#test/harness';
import { cellKey } from '#modules/publicStats/cells';
import { publicStatFootprintSteps, yearKey } from '#modules/publicStats/entity';
import { FULL_READ_MS, readPublicStatPartitionReusing } from '#modules/publicStats/partitionCache';

let api: Awaited<ReturnType<typeof connectedApi>>;
beforeAll(async () => {
  api = await connectedApi();
});
afterAll(() => api?.stop());

const woman = cellKey('FEMALE', 'AGE_18_24', 'EC', '17', '*');
const man = cellKey('MALE', 'AGE_25_59', 'EC', '09', '*');
const add = (year: string, ...keys: string[]) => transact(publicStatFootprintSteps(null, { year, keys }));
const count = (p: Awaited<ReturnType<typeof readPublicStatPartitionReusing>>, year: number, key: string) => p.years.get(year)?.get(key);

describe('the statistics partition a process holds between public tables', () => {
  it('gets back only the years written since its last read, and sees every write', async () => {
    await add('2020', woman, woman, man);
    await add('2021', man);
    const t0 = Date.now();

    const first = await readPublicStatPartitionReusing(t0);
    expect([first.fetchedYears, count(first, 2020, woman), count(first, 2021, man)]).toEqual([2, 2, 1]);

    // Nothing written: the Query leaves both years out, and the counts are the same.
    const warm = await readPublicStatPartitionReusing(t0 + 1);
    expect([warm.fetchedYears, count(warm, 2020, woman), count(warm, 2021, man)]).toEqual([0, 2, 1]);

    // A case's write to 2021: that year alone comes back, with its new count; 2020 is still held.
    await add('2021', man, woman);
    const after = await readPublicStatPartitionReusing(t0 + 2);
    expect([after.fetchedYears, count(after, 2021, man), count(after, 2021, woman), count(after, 2020, woman)]).toEqual([1, 2, 1, 2]);
  });

  it('always gets back a year written without a rev (by hand, or before revs), and notices a deletion on its next full read', async () => {
    await documentClient().send(new PutCommand({ TableName: tableName(), Item: { ...yearKey(2019), [man]: 4 } }));
    const t0 = Date.now();
    await readPublicStatPartitionReusing(t0);
    const again = await readPublicStatPartitionReusing(t0 + 1);
    expect(count(again, 2019, man)).toBe(4);
    expect(again.fetchedYears).toBe(1);

    await documentClient().send(new DeleteCommand({ TableName: tableName(), Key: yearKey(2020) }));
    // Held until the next full read (a deleted item cannot come back from a Query)…
    expect(count(await readPublicStatPartitionReusing(t0 + 2), 2020, woman)).toBe(2);
    // …which comes FULL_READ_MS after the last one.
    const full = await readPublicStatPartitionReusing(t0 + FULL_READ_MS + 1);
    expect(full.years.has(2020)).toBe(false);
    expect(full.fetchedYears).toBe(2);
  });
});
