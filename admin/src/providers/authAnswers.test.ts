import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createQueryClient, seedAuthAnswers } from './authAnswers.ts';
import type { Session } from './session.ts';

const session = (role: Session['user']['role'], expiresAt = '2999-01-01T00:00:00Z'): Session => ({
  token: 't',
  expiresAt,
  user: { username: role, displayName: role, role, organizationId: null },
});
const mayCreateProgram = ['auth', 'canAccess', { action: 'create', resource: 'Program' }];
const stateOf = (client: QueryClient, key: unknown[]) => client.getQueryState(key)?.status;

/** What react-query does when a component renders `useQuery` in a render React then throws away. */
function renderedNeverCommitted(client: QueryClient, queryKey: unknown[]): void {
  const options = client.defaultQueryOptions({ queryKey, queryFn: async () => true });
  new QueryObserver(client, options).getOptimisticResult(options);
}

describe('the auth answers held in the query cache', () => {
  afterEach(() => vi.useRealTimers());

  it('without them, a render that never commits leaves "may create a program?" pending for good', () => {
    const client = new QueryClient();
    renderedNeverCommitted(client, mayCreateProgram);
    // react-admin's Create page shows "Loading" while this is pending, and nothing fetches it.
    expect(client.getQueryState(mayCreateProgram)).toMatchObject({ status: 'pending', fetchStatus: 'idle' });
  });

  it('with them, the same render finds the answer, per role', () => {
    const staff = new QueryClient();
    seedAuthAnswers(staff, session('staff'));
    renderedNeverCommitted(staff, mayCreateProgram);
    expect(staff.getQueryState(mayCreateProgram)).toMatchObject({ status: 'success', data: true });
    expect(staff.getQueryData(['auth', 'checkAuth', {}])).toBe(true);
    expect(staff.getQueryData(['auth', 'getPermissions', {}])).toBe('staff');

    const donor = new QueryClient();
    seedAuthAnswers(donor, session('donor'));
    expect(donor.getQueryData(mayCreateProgram)).toBe(false);
    expect(donor.getQueryData(['auth', 'canAccess', { action: 'list', resource: 'Case' }])).toBe(false);
    expect(donor.getQueryData(['auth', 'canAccess', { action: 'list', resource: 'ResultsReport' }])).toBe(true);
  });

  it('a refetch cancelled by leaving the page goes back to the answer, not to pending', async () => {
    const client = new QueryClient();
    seedAuthAnswers(client, session('staff'));
    // As ra-core's useCanAccess does: it reads the abort signal, so react-query cancels and reverts.
    const observer = new QueryObserver(client, {
      queryKey: mayCreateProgram,
      queryFn: ({ signal }) => new Promise<boolean>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    const unsubscribe = observer.subscribe(() => undefined);
    expect(client.getQueryState(mayCreateProgram)?.fetchStatus).toBe('fetching');
    unsubscribe();
    await Promise.resolve();
    expect(client.getQueryState(mayCreateProgram)).toMatchObject({ status: 'success', fetchStatus: 'idle', data: true });
  });

  it('are kept while nobody watches them, and an expired session gets no "signed in" answer', () => {
    vi.useFakeTimers();
    const client = new QueryClient();
    seedAuthAnswers(client, session('staff', '2000-01-01T00:00:00Z'));
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(stateOf(client, mayCreateProgram)).toBe('success');
    expect(client.getQueryState(['auth', 'checkAuth', {}])).toBeUndefined();
  });

  it('a page mounting asks again whether the session holds, not for the rights, role or identity', () => {
    const client = createQueryClient();
    seedAuthAnswers(client, session('staff'));
    const asked: string[] = [];
    for (const queryKey of [mayCreateProgram, ['auth', 'getPermissions', {}], ['auth', 'getIdentity'], ['auth', 'checkAuth', {}]]) {
      const observer = new QueryObserver(client, {
        queryKey,
        queryFn: async () => {
          asked.push(String(queryKey[1]));
          return true;
        },
      });
      observer.subscribe(() => undefined)();
    }
    expect(asked).toEqual(['checkAuth']);
  });
});
