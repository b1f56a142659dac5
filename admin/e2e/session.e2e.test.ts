import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectVisible, SETTLE_MS, screenshot, signIn } from './browser.ts';

/** Language switch, wrong passwords, and sessions the server no longer accepts. */
const app = useApp();
let page: Page;

beforeEach(async () => {
  page = await app.newPage();
});
afterEach(async () => {
  await page.context().close();
});

/** A session as the console stores it, with a token of our choosing. */
async function plantSession(token: string, expiresAt: string) {
  await page.goto('/#/login');
  await page.evaluate(
    ([t, e]) => {
      localStorage.setItem(
        'ruta.session',
        JSON.stringify({
          token: t,
          expiresAt: e,
          user: { username: 'staff', displayName: 'Sofía Staff (OIM)', role: 'staff', organizationId: 'org-iom-ec' },
        }),
      );
    },
    [token, expiresAt],
  );
}

describe('language', () => {
  it('switches to English and back', async () => {
    await signIn(page, 'staff', 'ruta-staff');
    await page.goto('/#/PartnerAgreement');
    await expectVisible(page.getByRole('columnheader', { name: 'Título' }), 'the console starts in Spanish');
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectVisible(page.getByRole('columnheader', { name: 'Title' }), 'in English: column headers');
    await expectVisible(page.getByRole('menuitem', { name: 'Agreements' }), 'in English: the menu');
    await expectVisible(page.getByRole('cell', { name: 'Cooperative agreement' }).first(), 'in English: agreement kinds');
    await expectVisible(page.getByRole('cell', { name: 'Expired' }).first(), 'in English: agreement statuses');
    await screenshot(page, 'i18n-1-english');

    // Field errors follow the language too.
    await page.goto('/#/Organization/create');
    await page.getByLabel(/^Acronym/).fill('X'); // a pristine form cannot be saved
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByText('Required', { exact: true }).count(), {
        message: 'in English: «Required» under name and kind',
        timeout: SETTLE_MS,
      })
      .toBe(2);
    await screenshot(page, 'i18n-2-english-form-errors');

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    // react-admin remounts the page on a language change: the form starts over.
    await page.getByLabel(/^Sigla/).fill('Y');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expect
      .poll(() => page.getByText('Obligatorio', { exact: true }).count(), {
        message: 'back in Spanish: «Obligatorio» under name and kind',
        timeout: SETTLE_MS,
      })
      .toBe(2);
  });
});

describe('session', () => {
  it("signs in from the login form before the console's scripts have loaded (issue 14: a light login page)", async () => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (/\/assets\/.+\.js$/.test(new URL(r.url()).pathname)) scripts.push(r.url());
    });
    await page.goto('/#/login');
    await page.getByRole('button', { name: 'Ingresar' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts, "the login page loads none of the console's scripts").toEqual([]);

    await page.getByRole('button', { name: 'Ingresar' }).click();
    expect(await page.getByText('Obligatorio', { exact: true }).count(), 'both fields say they are required').toBe(2);
    expect(await page.getByLabel(/^Usuario/).getAttribute('aria-invalid'), 'the username is marked invalid').toBe('true');
    expect(await page.evaluate(() => document.activeElement?.id), 'focus goes to the first field to fill').toBe('ruta-boot-username');
    await screenshot(page, 'session-0-login-required');

    await page.getByRole('button', { name: 'English' }).click();
    await expectVisible(page.getByRole('button', { name: 'Sign in' }), 'the form in English');
    expect(await page.evaluate(() => document.documentElement.lang), 'lang follows').toBe('en');
    expect(await page.getByText('Required', { exact: true }).count(), 'the errors in English too').toBe(2);
    await page.getByRole('button', { name: 'Español' }).click();

    await page.getByLabel(/^Usuario/).fill('staff');
    await page.getByLabel(/^Contraseña/).fill('ruta-staff');
    expect(scripts.length, 'typing fetches the scripts ahead').toBeGreaterThan(0);
    await page.getByLabel(/^Contraseña/).press('Enter');
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await expectVisible(page.getByRole('heading', { level: 1 }), 'the console opens once signed in');
  });

  it('links the login page to the public statistics, which open without signing in', async () => {
    const visitor = await app.newPage();
    await visitor.goto('/#/login');
    await visitor.getByRole('link', { name: 'Estadísticas públicas sobre trata de personas' }).click();
    await visitor.waitForURL(/#\/estadisticas/);
    await expectVisible(visitor.getByRole('heading', { level: 1 }), 'the public statistics page');
    await visitor.context().close();
  });

  it('refuses a wrong password', async () => {
    await page.goto('/#/login');
    await page.getByLabel(/^Usuario/).fill('staff');
    await page.getByLabel(/^Contraseña/).fill('not-the-password');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    // The console's scripts start when the login form is sent (boot.js), then sign in: up to twice as long.
    await expectVisible(
      page.getByText('Usuario o contraseña incorrectos.'),
      'a wrong password is refused with an explanation',
      2 * SETTLE_MS,
    );
    expect(page.url(), 'a refused sign-in stays on the login page').toMatch(/#\/login/);
    await screenshot(page, 'session-1-wrong-password');
  });

  it('sends a garbage token back to the login page', async () => {
    await plantSession('garbage.token.value', new Date(Date.now() + 3_600_000).toISOString());
    await page.goto('/#/Organization');
    await expect
      // The console's scripts start only now (the login page before ran without them): up to twice as long.
      .poll(() => page.url(), { message: 'a token the API refuses leads to the login page', timeout: 2 * SETTLE_MS })
      .toMatch(/#\/login/);
    await expectVisible(page.getByText('Su sesión terminó; vuelva a ingresar.').first(), 'the login page says the session ended');
    expect(await page.evaluate(() => localStorage.getItem('ruta.session')), 'the stored session is gone').toBeNull();
    await screenshot(page, 'session-2-garbage-token');
  });

  it('sends an expired session back to the login page', async () => {
    await signIn(page, 'staff', 'ruta-staff');
    await page.evaluate(() => {
      const session = JSON.parse(localStorage.getItem('ruta.session')!);
      localStorage.setItem('ruta.session', JSON.stringify({ ...session, expiresAt: '2020-01-01T00:00:00.000Z' }));
    });
    // Coming back to the console later: the stored session has run out.
    await page.goto('/#/PartnerAgreement');
    await page.reload();
    // A full reload: the console's scripts load and start again before they find the session expired
    // (over 15 s once on a loaded 2-core machine).
    await expect
      .poll(() => page.url(), { message: 'an expired session leads to the login page', timeout: 2 * SETTLE_MS })
      .toMatch(/#\/login/);
    await expectVisible(page.getByRole('button', { name: 'Ingresar' }), 'the login form is shown');
  });
});
