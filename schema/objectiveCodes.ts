/**
 * What an objective's code says (`0` overall, `1` specific, `1.2` activity): plain functions, shared
 * by the server, the report and the admin's tree, and light enough for the handler's start-up.
 */

/** The parent of an objective follows from its code: 1.2 → 1, 1 → 0, 0 → none. */
export function parentCode(code: string): string | null {
  if (code === '0') return null;
  const dot = code.lastIndexOf('.');
  return dot < 0 ? '0' : code.slice(0, dot);
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

export function objectiveLevel(code: string): 'OVERALL' | 'SPECIFIC' | 'ACTIVITY' {
  if (code === '0') return 'OVERALL';
  return code.includes('.') ? 'ACTIVITY' : 'SPECIFIC';
}

/** True when `code` is `ancestor` or sits below it. */
export function isWithin(code: string, ancestor: string): boolean {
  return ancestor === '0' || code === ancestor || code.startsWith(`${ancestor}.`);
}
