import type { Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { seriousViolations } from './axe.ts';
import { SETTLE_MS, screenshot, signIn } from './browser.ts';

/**
 * Every page, for each role, checked with axe-core (WCAG 2.0/2.1 A and AA): no serious or critical
 * violation. Then where a screen reader is after navigating: the page's `<h1>` has focus, the
 * document's title names the page and `<html lang>` is the console's language.
 */
const app = useApp();
const PROGRAM = 'prog-ecuador-tip';

/**
 * What shows that something is still loading: a spinner or bar without a value, a skeleton. A bar with
 * a value is a figure (the donor's share of the budget spent), not loading.
 */
const LOADING = '[role=progressbar]:not([aria-valuenow]), .MuiSkeleton-root';

/** A page is ready when the network is quiet, its title is set and nothing is loading. */
async function settle(page: Page): Promise<void> {
  // A route's chunk and its data, on a loaded 2-core CI machine (two browser test files at once), took
  // longer than SETTLE_MS more than once.
  await page.waitForLoadState('networkidle', { timeout: 2 * SETTLE_MS });
  await page.waitForFunction((loading) => document.title !== 'Ruta' && !document.querySelector(loading), LOADING, {
    timeout: 3 * SETTLE_MS,
  });
}

/** The requests each page has sent and not yet seen answered: a page stuck loading names what it waits for. */
const inFlight = new WeakMap<Page, Set<Request>>();
function track(page: Page): void {
  const open = new Set<Request>();
  inFlight.set(page, open);
  page.on('request', (r) => open.add(r));
  page.on('requestfinished', (r) => open.delete(r));
  page.on('requestfailed', (r) => open.delete(r));
}

/** Where a page that did not settle was: enough to tell a slow machine from a page that never titles itself. */
async function unsettled(page: Page, role: string, path: string): Promise<string> {
  const pending = [...(inFlight.get(page) ?? [])].map((r) => `${r.method()} ${new URL(r.url()).pathname}`);
  const state = await page.evaluate(
    (loading) => ({
      url: location.hash,
      heading: document.getElementById('react-admin-title')?.textContent ?? null,
      busy: document.querySelectorAll(loading).length,
      main: (document.querySelector('main') ?? document.body).textContent?.slice(0, 200),
    }),
    LOADING,
  );
  await screenshot(page, `unsettled-${role}-${path.replaceAll('/', '_')}`);
  return `${role} ${path}: did not settle (title «${await page.title()}», ${JSON.stringify({ ...state, pending })})`;
}

/**
 * Visits each path and collects what axe finds, so one run lists every page's problems. A page that
 * does not settle says where it was stuck: that is how a create page left on "Loading" by a pending
 * auth answer was found (providers/authAnswers.ts).
 */
async function audit(page: Page, role: string, paths: string[]): Promise<string[]> {
  const problems: string[] = [];
  track(page);
  for (const path of paths) {
    await page.goto(`/#${path}`);
    const settled = await settle(page).then(
      () => true,
      () => false,
    );
    if (!settled) {
      problems.push(await unsettled(page, role, path));
      continue;
    }
    for (const v of await seriousViolations(page)) {
      problems.push(
        `${role} ${path}: ${v.impact} ${v.id} — ${v.help} ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.html}`).join(' ')}`,
      );
    }
  }
  return problems;
}

const common = ['/', '/Organization', '/Organization/org-fnj/show', '/PartnerAgreement', '/Program', `/Program/${PROGRAM}/show`];
const pagesOf: Record<string, string[]> = {
  admin: [...common, '/User', '/User/create', '/User/staff/show', '/User/staff'],
  staff: [
    ...common,
    '/Organization/create',
    '/Organization/org-fnj',
    '/PartnerAgreement/create',
    '/PartnerAgreement/agr-iom-fnj/show',
    '/PartnerAgreement/agr-iom-fnj',
    '/Program/create',
    `/Program/${PROGRAM}`,
    `/Program/${PROGRAM}/framework`,
    '/reports/results',
    '/Training',
    '/Training/create',
    '/Training/trn-labour-inspectors/show',
    '/Training/trn-labour-inspectors',
  ],
  caseworker: [...common, '/PartnerAgreement/agr-iom-fnj/show', `/Program/${PROGRAM}/framework`],
  partner: [
    ...common,
    '/PartnerAgreement/agr-iom-fnj/show',
    `/Program/${PROGRAM}/framework`,
    '/User',
    '/Training',
    '/Training/trn-communities/show',
  ],
  donor: [...common, '/PartnerAgreement/agr-usaid-iom/show', `/Program/${PROGRAM}/framework`, '/reports/results'],
};

describe('axe-core finds no serious or critical WCAG A/AA violation', () => {
  it('on the login page, in both languages', async () => {
    const page = await (await app.newContext()).newPage();
    await page.goto('/#/login');
    await page.getByRole('button', { name: 'Ingresar' }).waitFor();
    const found = (await seriousViolations(page)).map((v) => `${v.id}: ${v.help}`);
    expect(found, 'login page (es)').toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang), 'lang follows the switch before sign-in too').toBe('en');
    const foundEn = (await seriousViolations(page)).map((v) => `${v.id}: ${v.help}`);
    expect(foundEn, 'login page (en)').toEqual([]);
    await page.context().close();
  });

  it.each(Object.keys(pagesOf))(
    'on every page %s opens',
    async (role) => {
      const page = await app.newPage([role, `ruta-${role}`]);
      const problems = await audit(page, role, pagesOf[role]!);
      await page.context().close();
      expect(problems, problems.join('\n')).toEqual([]);
    },
    // Up to 20 pages, each with its own settling time, on a busy 2-core machine.
    240_000,
  );
});

describe('where a screen reader is', () => {
  const focusedHeading = (page: Page) =>
    page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'H1' ? (el.textContent ?? '').trim() : `(focus on ${el?.tagName})`;
    });

  it('after sign-in, navigation and a language change: the h1 has focus, the title and lang follow', async () => {
    const page = await (await app.newContext()).newPage();
    await signIn(page, 'staff', 'ruta-staff');
    await settle(page);
    await expect.poll(() => focusedHeading(page), { timeout: SETTLE_MS, message: 'after sign-in' }).not.toMatch(/^\(focus/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');

    await page.getByRole('menuitem', { name: 'Organizaciones' }).click();
    await expect.poll(() => focusedHeading(page), { timeout: SETTLE_MS, message: 'after opening a list' }).toBe('Organizaciones');
    expect(await page.title()).toBe('Organizaciones · Ruta');

    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expect.poll(() => focusedHeading(page), { timeout: SETTLE_MS, message: 'after switching language' }).toBe('Organizations');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.title()).toBe('Organizations · Ruta');

    // The user button's accessible name contains what it shows (the user's name).
    const userButton = page.locator('header button[aria-label*="account menu"]');
    const [shown, name] = [(await userButton.textContent()) ?? '', await userButton.getAttribute('aria-label')];
    expect(name).toContain(shown.trim());
    await screenshot(page, 'a11y-1-english-focus');
    await page.context().close();
  });
});
