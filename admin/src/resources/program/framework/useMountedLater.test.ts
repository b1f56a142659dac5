import { describe, expect, it } from 'vitest';
import { MOUNTS_PER_TASK, queueMount } from './useMountedLater.ts';

/**
 * Records what mounts, grouped by the synchronous run (task) it mounted in: mounts of one task share
 * a group, the next task's start a new one.
 */
function recorder() {
  const groups: string[][] = [];
  let current: string[] | null = null;
  const mount = (name: string) => () => {
    if (!current) {
      current = [];
      groups.push(current);
      queueMicrotask(() => {
        current = null;
      });
    }
    current.push(name);
  };
  const settled = async (count: number) => {
    for (let i = 0; i < 50 && groups.flat().length < count; i++) await new Promise((ok) => setTimeout(ok, 1));
    return groups;
  };
  return { mount, settled };
}

describe('queueMount: the framework nodes mount their tables a few per task, top of the page first', () => {
  it(`mounts ${MOUNTS_PER_TASK} per task, not all in the render that queued them`, async () => {
    const r = recorder();
    const names = Array.from({ length: MOUNTS_PER_TASK * 2 + 1 }, (_, i) => `n${i}`);
    for (const [i, n] of names.entries()) queueMount(r.mount(n), i);
    expect(await r.settled(0), 'nothing synchronously').toEqual([]);
    const groups = await r.settled(names.length);
    expect(groups.map((g) => g.length)).toEqual([MOUNTS_PER_TASK, MOUNTS_PER_TASK, 1]);
    expect(groups.flat()).toEqual(names);
  });

  it('puts lower ranks first whatever the order they were queued in (effects run children first)', async () => {
    const r = recorder();
    // As React's effects arrive for "0" > "1" > "1.1": the activity's first, the overall objective's last.
    queueMount(r.mount('1.1'), 2);
    queueMount(r.mount('1'), 1);
    queueMount(r.mount('other costs'));
    queueMount(r.mount('0'), 0);
    expect((await r.settled(4)).flat()).toEqual(['0', '1', '1.1', 'other costs']);
  });

  it('forgets a mount taken out before its turn (the node went away)', async () => {
    const r = recorder();
    const cancel = queueMount(r.mount('gone'), 0);
    queueMount(r.mount('kept'), 1);
    cancel();
    const groups = await r.settled(1);
    await new Promise((ok) => setTimeout(ok, 5));
    expect(groups.flat()).toEqual(['kept']);
  });
});
