import { type ComponentType, lazy } from 'react';

/**
 * A page (list, show, form, report…) in a chunk of its own, loaded when its route first opens: the
 * login page and the first screen do not download every screen of the console. react-admin's
 * layout shows its loading indicator meanwhile (it wraps routes in Suspense).
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
