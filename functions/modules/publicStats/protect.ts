/**
 * Suppression of one table of one year (docs/decisions.md, "Public statistics"), and the check that
 * no suppressed number can be worked out from the published ones.
 *
 * A table is a network: source S → row r (row total), r → column c (cell), c → sink T (column
 * total), T → S (grand total); a one-dimension table has its cells S → T beside the total T → S.
 * Every published number fixes its edge; every suppressed one is a non-negative unknown. A change
 * of the suppressed numbers that keeps every published one is a circulation over the unknown edges
 * (the network's matrix is totally unimodular, so integer changes suffice): an unknown edge u → v can
 * take another value iff it lies on a cycle of the residual graph — up (v ⇝ u, every edge may grow)
 * or down (u ⇝ v, an edge may shrink only if it is ≥ 1). Treating the EXPLOITATION sums as exact
 * (they are ≥: a case with two types counts in two cells) only adds constraints, so an escape found
 * here is an escape for the attacker too.
 */

export interface Edge {
  from: string;
  to: string;
  value: number;
  suppressed: boolean;
  /** Whether the protection may suppress it (cells; marginals and totals follow their own tables). */
  free: boolean;
}

/** Whether a suppressed edge can take another value than its own given everything published. */
export function canMove(edges: readonly Edge[], target: Edge): boolean {
  const out = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = out.get(a);
    if (list) list.push(b);
    else out.set(a, [b]);
  };
  for (const e of edges) {
    if (!e.suppressed || e === target) continue;
    link(e.from, e.to);
    if (e.value >= 1) link(e.to, e.from);
  }
  const reaches = (from: string, to: string) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length) {
      const n = queue.pop() as string;
      if (n === to) return true;
      for (const m of out.get(n) ?? []) {
        if (seen.has(m)) continue;
        seen.add(m);
        queue.push(m);
      }
    }
    return false;
  };
  return reaches(target.to, target.from) || (target.value >= 1 && reaches(target.from, target.to));
}

/** The suppressed edges that could be worked out exactly. */
export function pinned(edges: readonly Edge[]): Edge[] {
  return edges.filter((e) => e.suppressed && !canMove(edges, e));
}

/**
 * Suppresses every edge under k (primary), then, while a suppressed edge is pinned, the smallest
 * published free edge that touches it (or, failing that, any) — secondary suppression. Ends with no
 * pinned edge, or with every free edge suppressed.
 */
export function protect(edges: Edge[], k: number): Edge[] {
  for (const e of edges) if (e.value < k) e.suppressed = true;
  for (;;) {
    const stuck = pinned(edges);
    if (!stuck.length) return edges;
    const candidates = edges.filter((e) => e.free && !e.suppressed);
    if (!candidates.length) return edges;
    const near = new Set(stuck.flatMap((e) => [e.from, e.to]));
    const touching = candidates.filter((e) => near.has(e.from) || near.has(e.to));
    const pool = touching.length ? touching : candidates;
    const pick = pool.reduce((a, b) => (b.value < a.value ? b : a));
    pick.suppressed = true;
  }
}
