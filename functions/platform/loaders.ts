import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders, created on first use. Keyed by name so modules can declare their own
 * batch functions without this file knowing any domain; each batch is at most 100 keys, the
 * BatchGetItem limit.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  get<V>(name: string, batch: (keys: readonly string[]) => Promise<(V | null)[]>): DataLoader<string, V | null> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, V | null>(batch, { maxBatchSize: 100 }) as DataLoader<string, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<string, V | null>;
  }
}

/** Orders batch-get results like the requested keys (BatchGetItem returns them in any order). */
export function byKeys<V>(keys: readonly string[], items: V[], keyOf: (v: V) => string): (V | null)[] {
  const map = new Map(items.map((i) => [keyOf(i), i]));
  return keys.map((k) => map.get(k) ?? null);
}
