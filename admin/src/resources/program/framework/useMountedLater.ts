import { startTransition, useEffect, useState } from 'react';

/** How many waiting nodes mount in one task: a handful of tables, well under 50 ms of work. */
export const MOUNTS_PER_TASK = 3;

type Mount = () => void;
/** In page order: effects run children first, the queue puts an objective before its activities. */
const waiting: { mount: Mount; rank: number }[] = [];
let scheduled = false;

/** A task of its own (a message, not a 4 ms-clamped timer), so the browser paints and answers input in between. */
function nextTask(run: () => void): void {
  if (typeof MessageChannel === 'undefined') {
    setTimeout(run, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

function flush(): void {
  scheduled = false;
  const batch = waiting.splice(0, MOUNTS_PER_TASK);
  startTransition(() => {
    for (const { mount } of batch) mount();
  });
  schedule();
}

function schedule(): void {
  if (scheduled || !waiting.length) return;
  scheduled = true;
  nextTask(flush);
}

/**
 * Queues a mount, lower ranks first (equal ranks in arrival order); returns how to take it out
 * again (the node went away before its turn).
 */
export function queueMount(mount: Mount, rank = Number.POSITIVE_INFINITY): () => void {
  const entry = { mount, rank };
  const after = waiting.findIndex((w) => w.rank > rank);
  if (after < 0) waiting.push(entry);
  else waiting.splice(after, 0, entry);
  schedule();
  return () => {
    const at = waiting.indexOf(entry);
    if (at >= 0) waiting.splice(at, 1);
  };
}

/**
 * False on the first render, true a moment later: what a node shows beside its heading (tables,
 * menus, figures by row) mounts a few nodes per task, in tree order, each batch its own render and
 * commit. One transition for every node (the earlier version) was sliced while rendering, but
 * committed, styled and laid out the whole page's tables in one long task. Not a deferred value of
 * what the user types: dialogs keep their state.
 */
export function useMountedLater(rank?: number): boolean {
  const [mounted, setMounted] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the rank orders the first mount only
  useEffect(() => queueMount(() => setMounted(true), rank), []);
  return mounted;
}
