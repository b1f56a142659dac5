import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maintenanceTable, readRunningSystem } from '#platform/local/engine';

describe('npm run recount works on the table npm start uses (issue 8.11)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ruta-engine-'));
  const file = join(dir, 'engine.json');

  it('reads the table name and endpoint npm start wrote', () => {
    writeFileSync(file, JSON.stringify({ endpoint: 'http://127.0.0.1:8123', tableName: 'ruta-dev-7' }));
    const running = readRunningSystem(file);
    expect(running).toEqual({ endpoint: 'http://127.0.0.1:8123', tableName: 'ruta-dev-7' });
    expect(maintenanceTable({}, running)).toBe('ruta-dev-7');
  });

  it('TABLE_NAME still wins; without either the default', () => {
    expect(maintenanceTable({ TABLE_NAME: 'other' }, { tableName: 'ruta-dev-7' })).toBe('other');
    expect(maintenanceTable({}, {})).toBe('ruta-local');
  });

  it('a missing or damaged engine.json is no information, not a crash', () => {
    expect(readRunningSystem(join(dir, 'absent.json'))).toEqual({});
    writeFileSync(file, '{"endpoint": ');
    expect(readRunningSystem(file)).toEqual({});
    writeFileSync(file, JSON.stringify({ endpoint: 42, tableName: ['x'] }));
    expect(readRunningSystem(file)).toEqual({});
  });
});
