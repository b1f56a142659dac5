/** Apollo adds `__typename` to every object; react-admin forms would send it back, so drop it. */
export function stripTypename<T>(value: T): T {
  if (Array.isArray(value)) return value.map(stripTypename) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== '__typename') out[k] = stripTypename(v);
    return out as T;
  }
  return value;
}
