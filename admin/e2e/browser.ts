import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { root } from './server.ts';

/**
 * How long an assertion on the page may take to come true (a server round trip and a render; the CI
 * machine has 2 busy cores). Pass it to `expect.poll`, whose own default (1 s) is too short here.
 */
export const SETTLE_MS = 15_000;

/**
 * Asserts that `locator` matches exactly one element and that it becomes visible within `timeout`;
 * otherwise the test fails with `message` (say what the page should show, and why).
 * playwright-core has no `expect(locator)`: this polls `isVisible()`, which never waits by itself.
 */
export async function expectVisible(locator: Locator, message: string, timeout = SETTLE_MS): Promise<void> {
  await expect.poll(() => locator.isVisible(), { message, timeout }).toBe(true);
}

/** Debian's Chromium, never a downloaded one. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function newContext(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, acceptDownloads: true, viewport: { width: 1400, height: 1000 }, locale: 'es-EC' });
}

/** Screenshots land in admin/e2e/screenshots/ (git-ignored) for a human to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = join(root, 'admin/e2e/screenshots');
  mkdirSync(dir, { recursive: true });
  // Let MUI transitions (dialogs, snackbars) finish: a fixed 400 ms sleep cost ~20 s over the suite.
  // Spinners animate forever and are left alone; a capture is never worth failing a test for.
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
      undefined,
      { timeout: 1_000 },
    )
    .catch(() => undefined);
  // The viewport only: full-page captures misplace react-admin's sticky app bar.
  await page.screenshot({ path: join(dir, `${name}.png`) });
}

/** Signs in through the login form (Spanish labels: the console's default language). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel(/^Usuario/).fill(username);
  await page.getByLabel(/^Contraseña/).fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** Picks an option of a MUI select (react-admin SelectInput) by the input's label. */
export async function choose(page: Page, label: RegExp, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into a react-admin autocomplete and picks the suggestion with that text. */
export async function pickSuggestion(page: Page, label: RegExp, text: string, option: string | RegExp = text): Promise<void> {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}
