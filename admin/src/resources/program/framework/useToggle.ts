import { useCallback, useState } from 'react';

/** Open/close state of one dialog. */
export function useToggle(initial = false): [boolean, () => void, () => void] {
  const [open, setOpen] = useState(initial);
  return [open, useCallback(() => setOpen(true), []), useCallback(() => setOpen(false), [])];
}
