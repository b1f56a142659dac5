/**
 * A module loaded on first use and kept: resolvers call a domain's service through this, so the
 * Lambda bundle puts each domain in a chunk of its own that a cold start does not load. A failed
 * load is tried again on the next call instead of failing for the life of the process.
 */
export function lazy<M>(load: () => Promise<M>): () => Promise<M> {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().catch((e: unknown) => {
      loading = undefined;
      throw e;
    }));
}
