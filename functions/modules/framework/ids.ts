import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';

/** Ids of records inside a program's partition: `<programId>~<key parts joined by ~>`. */
export const scopedId = (programId: string, ...key: string[]) => [programId, ...key].join('~');

export function parseScopedId(id: string, parts: number, path = 'input.id'): [string, ...string[]] {
  const split = id.split('~');
  if (split.length !== parts + 1 || split.some((s) => !s)) throw badInput([problem(path, 'validation.invalid_id')]);
  return split as [string, ...string[]];
}

/** Sorts objective codes as numbers segment by segment: 1.2 < 1.10 < 2. */
export function compareCodes(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d) return d;
  }
  return 0;
}
