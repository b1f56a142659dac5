import type { TranslationMessages } from 'react-admin';

type Tree = { [key: string]: unknown };

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null;

/** Copies `source` into `target` (a container of ours), nested trees into fresh containers: inputs are never changed. */
function mergeInto(target: Tree, source: Tree): Tree {
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    if (!isTree(value)) {
      target[key] = value;
      continue;
    }
    const current = target[key];
    const into = isTree(current) ? current : Array.isArray(value) ? [] : {};
    target[key] = mergeInto(into as Tree, value);
  }
  return target;
}

/**
 * The messages of one language from its parts, later parts winning key by key — what react-admin's
 * `mergeTranslations` (lodash `merge`) returns, without its cost: lodash's generic deep merge took
 * ~50 ms of the console's start-up for the two languages' few thousand keys (issue 14, TBT).
 */
export function mergeMessages(...parts: object[]): TranslationMessages {
  const merged: Tree = {};
  for (const part of parts) mergeInto(merged, part as Tree);
  return merged as TranslationMessages;
}
