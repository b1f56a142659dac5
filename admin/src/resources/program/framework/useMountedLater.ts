import { startTransition, useEffect, useState } from 'react';

/**
 * False on the first render, true in a transition right after it: what a node shows beside its heading
 * (tables, menus, figures by row) is rendered in slices React interrupts to let the browser answer
 * input and paint, instead of one long task with the whole page. The data's arrival renders
 * synchronously (react-query updates are not transitions), so the headings come first and the
 * rest a moment later. Not a deferred value of what the user types: dialogs keep their state.
 */
export function useMountedLater(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => {
    startTransition(() => setMounted(true));
  }, []);
  return mounted;
}
