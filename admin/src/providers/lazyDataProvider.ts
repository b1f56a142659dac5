import type { RutaDataProvider } from './dataProvider.ts';

/**
 * The data provider as the console starts with it: each method loads the real one (Apollo Client,
 * graphql-js, ra-data-graphql: about a third of the console's first-load JavaScript) on its first
 * call, so the login page neither downloads nor runs it. The real provider travels in a box, like
 * ra-data-graphql's (a Proxy answering `then`) in graphql/crudProvider.ts.
 */
let loaded: Promise<{ provider: RutaDataProvider }> | undefined;

const loadDataProvider = (): Promise<{ provider: RutaDataProvider }> =>
  (loaded ??= import('./dataProvider.ts').then((m) => ({ provider: m.dataProvider })));

type Method = (...args: unknown[]) => Promise<unknown>;
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
        const { provider } = await loadDataProvider();
        const real = (provider as unknown as Record<string, Method | undefined>)[name];
        if (typeof real !== 'function') throw new Error(`Unknown data provider method ${name}`);
        return real.apply(provider, args);
      };
      methods.set(name, method);
    }
    return method;
  },
  has: (_, name) => typeof name === 'string' && name !== 'then' && name !== 'supportAbortSignal',
});
