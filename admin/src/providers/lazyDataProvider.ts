import type { DataProvider } from 'react-admin';
import type { RutaDataProvider } from './dataProvider.ts';

/**
 * The data provider as the console starts with it: each method loads its real one on its first call,
 * so the login page neither downloads nor runs them. Two chunks: react-admin's CRUD methods
 * (crudDataProvider.ts: ra-data-graphql, Apollo Client, the introspection — about a third of the
 * console's JavaScript) and our typed operations (dataProvider.ts, plain fetch), so the framework
 * page and the report, which call only ours, never load the first. Each provider travels in a box:
 * ra-data-graphql's is a Proxy answering `then` (graphql/crudProvider.ts).
 */
type Method = (...args: unknown[]) => Promise<unknown>;
type Box = Promise<{ provider: Record<string, Method | undefined> }>;

const CRUD_METHODS: ReadonlySet<string> = new Set<string & keyof DataProvider>([
  'getList',
  'getOne',
  'getMany',
  'getManyReference',
  'create',
  'update',
  'updateMany',
  'delete',
  'deleteMany',
]);

let crud: Box | undefined;
let custom: Box | undefined;
function providerFor(name: string): Box {
  if (CRUD_METHODS.has(name)) {
    crud ??= import('./crudDataProvider.ts').then((m) => ({ provider: m.crudDataProvider as unknown as Record<string, Method> }));
    return crud;
  }
  custom ??= import('./dataProvider.ts').then((m) => ({ provider: m.customMethods as unknown as Record<string, Method> }));
  return custom;
}

const methods = new Map<string, Method>();

/**
 * A method for every name (react-admin's and ours, whichever the real provider has), one function
 * per name. Not a thenable, and no `supportAbortSignal`: react-admin reads that flag without calling it.
 */
export const dataProvider = new Proxy({} as RutaDataProvider, {
  get(_, name) {
    if (typeof name !== 'string' || name === 'then' || name === 'supportAbortSignal') return undefined;
    let method = methods.get(name);
    if (!method) {
      method = async (...args) => {
        const { provider } = await providerFor(name);
        const real = provider[name];
        if (typeof real !== 'function') throw new Error(`Unknown data provider method ${name}`);
        return real.apply(provider, args);
      };
      methods.set(name, method);
    }
    return method;
  },
  has: (_, name) => typeof name === 'string' && name !== 'then' && name !== 'supportAbortSignal',
});
