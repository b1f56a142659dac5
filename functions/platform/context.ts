import type { Identity } from '#platform/auth';
import { Loaders } from '#platform/loaders';

/** What every resolver gets: the verified caller and this request's loaders. */
export interface RequestContext {
  identity: Identity;
  requestId: string;
  loaders: Loaders;
  /** The request's clock, so a whole operation sees one "today". */
  now: Date;
}

export function createContext(identity: Identity, requestId: string, now = new Date()): RequestContext {
  return { identity, requestId, loaders: new Loaders(), now };
}
