import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { changesFrom, runBatches, runImport, type ImportApi } from './runImport.ts';

type Input = { id: string; name: string };
const inputs: Input[] = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase() }));

function fakeApi(stored: Set<string>, fail: Record<string, unknown> = {}) {
  const created: string[] = [];
  const updated: string[] = [];
  const lookups: string[][] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const api: ImportApi<Input> = {
    existing: async (batch) => {
      lookups.push(batch.map((i) => i.id));
      return batch.map((i) => (stored.has(i.id) ? { id: i.id, version: 1 } : null));
    },
    create: async (input) => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, 5));
      inFlight--;
      if (fail[input.id]) throw fail[input.id];
      stored.add(input.id);
      created.push(input.id);
    },
    update: async (existing, input) => {
      if (fail[input.id]) throw fail[input.id];
      if (input.name === 'E') return 'unchanged';
      updated.push(`${existing.id}<-${input.name}`);
    },
  };
  return { api, created, updated, lookups, maxInFlight: () => maxInFlight };
}

describe('runImport', () => {
  it('creates the new rows a few at a time and does not send the ones that exist', async () => {
    const fake = fakeApi(new Set(['b']));
    const seen: number[] = [];
    const outcomes = await runImport(inputs, fake.api, { concurrency: 2, lookupBatch: 2, onOutcome: (i) => seen.push(i) });
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'existing', 'created', 'created', 'created']);
    expect(fake.created.sort()).toEqual(['a', 'c', 'd', 'e']);
    expect(fake.lookups).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(fake.maxInFlight()).toBe(2);
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('running the same import again creates nothing', async () => {
    const stored = new Set<string>();
    await runImport(inputs, fakeApi(stored).api);
    const again = fakeApi(stored);
    const outcomes = await runImport(inputs, again.api);
    expect(outcomes.every((o) => o.status === 'existing')).toBe(true);
    expect(again.created).toEqual([]);
  });

  it('rows whose record exists are skipped by default, or update it when asked; never created again', async () => {
    const skipped = fakeApi(new Set(['b', 'd']));
    expect((await runImport(inputs, skipped.api)).map((o) => o.status)).toEqual(['created', 'existing', 'created', 'existing', 'created']);
    expect(skipped.updated).toEqual([]);
    const updating = fakeApi(new Set(['b', 'd', 'e']), { d: new HttpError('ruta.errors.STALE_VERSION', 409, {}) });
    const outcomes = await runImport(inputs, updating.api, { onExisting: 'update' });
    // e: the file holds its values already, so nothing is written
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'updated', 'created', 'failed', 'existing']);
    expect(updating.updated).toEqual(['b<-B']);
    expect(updating.created.sort()).toEqual(['a', 'c']);
  });

  it('reports field errors and conflicts per row and carries on', async () => {
    const fake = fakeApi(new Set(), {
      b: new HttpError('ruta.errors.BAD_USER_INPUT', 400, {
        errors: { email: '@@react-admin@@{"message":"validation.too_long","args":{"max":254}}' },
      }),
      d: new HttpError('ruta.errors.CONFLICT', 409, {}),
    });
    const outcomes = await runImport(inputs, fake.api);
    expect(outcomes[1]).toEqual({ status: 'failed', errors: [{ field: 'email', key: 'validation.too_long', args: { max: 254 } }] });
    expect(outcomes[3]).toEqual({ status: 'failed', errors: [{ key: 'ruta.errors.CONFLICT' }] });
    expect(fake.created).toEqual(['a', 'c', 'e']);
  });

  it('stops sending when cancelled; rows not sent are reported as such', async () => {
    const controller = new AbortController();
    const fake = fakeApi(new Set());
    const outcomes = await runImport(inputs, fake.api, {
      concurrency: 1,
      signal: controller.signal,
      onOutcome: (i) => i === 1 && controller.abort(),
    });
    expect(outcomes.map((o) => o.status)).toEqual(['created', 'created', 'skipped', 'skipped', 'skipped']);
  });

  it('sends nothing when the lookup of existing ids fails', async () => {
    const fake = fakeApi(new Set());
    fake.api.existing = () => Promise.reject(new HttpError('ruta.errors.NETWORK', 503));
    const outcomes = await runImport(inputs, fake.api);
    expect(outcomes.every((o) => o.status === 'failed')).toBe(true);
    expect(fake.created).toEqual([]);
  });
});

describe('changesFrom', () => {
  it('takes the non-empty values that differ, never the id or the field the row was matched by', () => {
    const existing = { id: 'org-1', version: 3, name: 'Fundación Quimera', city: 'Machala', email: 'a@example.org', notes: 'x' };
    const row = { id: 'row-id', name: 'FUNDACION QUIMERA', city: 'Quito', email: null, notes: '', kind: 'NGO' };
    expect(changesFrom(existing, row, ['name'])).toEqual({ city: 'Quito', kind: 'NGO' });
  });
});

describe('runBatches', () => {
  it("keeps the server's message params, so a row error reads in full (validation.duplicate_row names the first row)", async () => {
    const rows = [2, 3, 4].map((row) => ({ row, input: { row } }));
    const outcomes = await runBatches(
      rows,
      async () => ({
        written: 1,
        alreadyImported: 1,
        alreadyImportedRows: [2],
        failed: [
          { row: 4, field: null, key: 'validation.duplicate_row', message: 'Repeats row 3', params: [{ name: 'row', value: '3' }] },
          { row: 4, field: 'amount', key: 'validation.invalid' },
        ],
      }),
      { size: 10 },
    );
    expect(outcomes).toEqual([
      { status: 'existing' },
      { status: 'created' },
      {
        status: 'failed',
        errors: [
          { key: 'validation.duplicate_row', args: { row: '3' } },
          { field: 'amount', key: 'validation.invalid' },
        ],
      },
    ]);
  });
});
