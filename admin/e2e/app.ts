import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, newContext, signIn } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/** What one e2e file tests against: the real local server (fresh data) and headless Debian Chromium. */
export interface E2eApp {
  readonly server: RunningServer;
  readonly browser: Browser;
  /** A fresh browser profile: no session, no storage. */
  newContext(): Promise<BrowserContext>;
  /** A page in a fresh profile, signed in when credentials are given; closing its context is the caller's. */
  newPage(credentials?: [username: string, password: string]): Promise<Page>;
}

/** Starts server and browser once for the calling file (beforeAll) and stops both after it (afterAll). */
export function useApp(): E2eApp {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = () => {
    if (!server || !browser) throw new Error('useApp(): the app starts in beforeAll; use it inside hooks and tests');
    return { server, browser };
  };
  const app: E2eApp = {
    get server() {
      return started().server;
    },
    get browser() {
      return started().browser;
    },
    newContext: () => newContext(started().browser, started().server.url),
    async newPage(credentials) {
      const page = await (await app.newContext()).newPage();
      if (credentials) await signIn(page, ...credentials);
      return page;
    },
  };
  return app;
}
