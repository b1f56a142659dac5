import { problem } from '@ruta/schema/problems';
import { badInput } from '#platform/errors';

/** Ids of records inside a program's partition: `<programId>~<key parts joined by ~>`. */
export const scopedId = (programId: string, ...key: string[]) => [programId, ...key].join('~');

export function parseScopedId(id: string, parts: number, path = 'input.id'): [string, ...string[]] {
  const split = id.split('~');
  if (split.length !== parts + 1 || split.some((s) => !s)) throw badInput([problem(path, 'validation.invalid_id')]);
  return split as [string, ...string[]];
}

/** The server sorts codes as the admin's tree does. */
export { compareCodes } from '@ruta/schema/objectiveCodes';
