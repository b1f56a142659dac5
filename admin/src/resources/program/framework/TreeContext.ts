import { createContext, type KeyboardEvent, useContext } from 'react';

/** The id of a node's heading button (its disclosure control); arrow keys move focus between them. */
export const nodeButtonId = (code: string) => `framework-node-${code}`;

/** What each node reads of the outline (ObjectiveTree): which nodes are collapsed, and the keys between headings. */
export interface TreeState {
  /** Codes of collapsed nodes (their content and children hidden). */
  collapsed: ReadonlySet<string>;
  /** Each node's place in the page (tree order), which mounts the nodes' tables top first. */
  order: ReadonlyMap<string, number>;
  toggle: (code: string) => void;
  onKey: (code: string, e: KeyboardEvent) => void;
}

export const TreeContext = createContext<TreeState | null>(null);

export function useTree(): TreeState {
  const state = useContext(TreeContext);
  if (!state) throw new Error('useTree outside ObjectiveTree');
  return state;
}
