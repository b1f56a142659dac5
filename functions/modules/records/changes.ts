/**
 * Splits a partial update into what to SET and what to REMOVE: absent keys stay as they are, null
 * clears an optional attribute.
 */
export function splitChanges<T extends Record<string, unknown>>(changes: T) {
  const set: Record<string, unknown> = {};
  const remove: string[] = [];
  for (const [key, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    if (value === null) remove.push(key);
    else set[key] = value;
  }
  return { set: set as { [K in keyof T]?: Exclude<T[K], null> }, remove };
}

export function withoutNulls<T extends Record<string, unknown>>(o: T) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}
