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
  it('refuses a wrong password', async () => {
    await page.goto('/#/login');
    await page.getByLabel(/^Usuario/).fill('staff');
    await page.getByLabel(/^Contraseña/).fill('not-the-password');
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expectVisible(page.getByText('Usuario o contraseña incorrectos.'), 'a wrong password is refused with an explanation');
    expect(page.url(), 'a refused sign-in stays on the login page').toMatch(/#\/login/);
    await screenshot(page, 'session-1-wrong-password');
  });

  it('sends a garbage token back to the login page', async () => {
    await plantSession('garbage.token.value', new Date(Date.now() + 3_600_000).toISOString());
    await page.goto('/#/Organization');
    await expect
      .poll(() => page.url(), { message: 'a token the API refuses leads to the login page', timeout: SETTLE_MS })
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
    await expect.poll(() => page.url(), { message: 'an expired session leads to the login page', timeout: SETTLE_MS }).toMatch(/#\/login/);
    await expectVisible(page.getByRole('button', { name: 'Ingresar' }), 'the login form is shown');
  });
});
