import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { documentClient, tableName } from '#platform/store';
import { Case } from '#modules/case/entity';
import { Consent } from '#modules/caseRoute/entity';
import { Program } from '#modules/program/entity';
import { coversStatistics, statFootprint } from '#modules/publicStats/cells';
import { newRev, REV, readPublicStatYears, yearKey } from '#modules/publicStats/entity';

/** A public statistics cell whose stored count differs from the cases'. */
export interface PublicStatDrift {
  year: number;
  cell: string;
  stored: number;
  recounted: number;
}

/** The cells every case adds, counted from the cases and their consents (each program's cases, each case's consents: Queries, no Scan). */
export async function countPublicStats(): Promise<Map<number, Map<string, number>>> {
  const years = new Map<number, Map<string, number>>();
  const { data: programs } = await Program.query.byName({}).go({ pages: 'all' });
  for (const p of programs) {
    const { data: cases } = await Case.query.byProgram({ programId: p.id }).go({ pages: 'all' });
    for (const c of cases) {
      if (!c.dateIdentified) continue;
      const { data: consents } = await Consent.query.byCase({ caseId: c.caseId }).go({ pages: 'all' });
      const f = statFootprint(c, coversStatistics(consents));
      if (!f) continue;
      const cells = years.get(Number(f.year)) ?? new Map<string, number>();
      for (const k of f.keys) cells.set(k, (cells.get(k) ?? 0) + 1);
      years.set(Number(f.year), cells);
    }
  }
  return years;
}

/**
 * `npm run recount`'s part for the public statistics: recounts every cell from the cases and reports
 * where the stored ones differ; with `fix`, rewrites each year item that differs from its recount.
 */
export async function recountPublicStats({ fix = false } = {}): Promise<PublicStatDrift[]> {
  const [recounted, stored] = await Promise.all([countPublicStats(), readPublicStatYears()]);
  const drift: PublicStatDrift[] = [];
  for (const year of new Set([...recounted.keys(), ...stored.keys()])) {
    const r = recounted.get(year) ?? new Map<string, number>();
    const s = stored.get(year) ?? new Map<string, number>();
    const before = drift.length;
    for (const cell of new Set([...r.keys(), ...s.keys()])) {
      const [a, b] = [s.get(cell) ?? 0, r.get(cell) ?? 0];
      if (a !== b) drift.push({ year, cell, stored: a, recounted: b });
    }
    if (!fix || drift.length === before) continue;
    // Replaced whole with a new rev, never deleted: readers that hold the year by its rev only see
    // items that come back from their Query (publicStats/partitionCache.ts).
    const Item = { ...yearKey(year), [REV]: newRev(), ...Object.fromEntries(r) };
    await documentClient().send(new PutCommand({ TableName: tableName(), Item }));
  }
  return drift;
}
