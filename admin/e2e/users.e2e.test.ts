import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, expectVisible, pickSuggestion, SETTLE_MS, screenshot } from './browser.ts';

/**
 * User management by the admin against the local issuer (the same screens speak to Cognito in AWS):
 * create a partner account, hand over its temporary password, watch the partner sign in with it,
 * disable and reset the account; and program staff, who must not see any of it.
 */
const app = useApp();
const run = Date.now().toString(36);
const username = `socia.${run}`;
const displayName = `Socia Prueba ${run}`;
let temporaryPassword = '';
const chosenPassword = `Elegida-${run}-2026!`;

/** A fresh browser profile per person, so no session leaks from one to the next. */
async function as(user: string, password: string, work: (page: Page) => Promise<void>) {
  const page = await app.newPage([user, password]);
  try {
    await work(page);
  } finally {
    await page.context().close();
  }
}

/** First sign-in with a temporary password: like Cognito, the issuer asks for a password of one's own. */
async function chooseOwnPassword(page: Page, temporary: string, chosen: string, shot?: string) {
  await page.goto('/#/login');
  await page.getByLabel(/^Usuario/).fill(username);
  await page.getByLabel(/^Contraseña/).fill(temporary);
  await page.getByRole('button', { name: 'Ingresar' }).click();
  await expectVisible(page.getByText(/elija su propia contraseña/), "a temporary password leads to choosing one's own");
  if (shot) await screenshot(page, shot);
  await page.getByLabel(/^Contraseña nueva/).fill('corta');
  await page.getByLabel(/^Repita la contraseña nueva/).fill('corta');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expectVisible(page.getByText(/La contraseña no cumple las reglas/), 'a short new password is refused with the rules');
  await page.getByLabel(/^Contraseña nueva/).fill(chosen);
  await page.getByLabel(/^Repita la contraseña nueva/).fill(chosen);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

async function refusedSignIn(password: string, shot?: string) {
  const context = await app.newContext();
  try {
    const page = await context.newPage();
    await page.goto('/#/login');
    await page.getByLabel(/^Usuario/).fill(username);
    await page.getByLabel(/^Contraseña/).fill(password);
    await page.getByRole('button', { name: 'Ingresar' }).click();
    await expectVisible(page.getByText('Usuario o contraseña incorrectos.'), `signing in as ${username} with that password is refused`);
    expect(page.url(), 'a refused sign-in stays on the login page').toMatch(/#\/login/);
    if (shot) await screenshot(page, shot);
  } finally {
    await context.close();
  }
}

async function signOut(page: Page) {
  // The user button is named after the user it shows (voice control: say what you see).
  await page.getByRole('button', { name: /menú de la cuenta/ }).click();
  await page.getByRole('menuitem', { name: 'Cerrar sesión' }).click();
  await page.waitForURL(/#\/login/);
}

async function openUser(page: Page) {
  await page.goto(`/#/User/${encodeURIComponent(username)}/show`);
  await expectVisible(page.getByText(displayName).first(), "the account's page shows its name");
}

/** Reads the one-time password from the dialog and closes it. */
async function takeTemporaryPassword(page: Page, shot: string): Promise<string> {
  const dialog = page.getByRole('dialog', { name: new RegExp(`Contraseña temporal de ${displayName}`) });
  await expectVisible(dialog, 'a dialog hands over the temporary password');
  await expectVisible(dialog.getByText(/no se podrá volver a ver/), 'the dialog says the password is shown only once');
  const password = (await dialog.getByTestId('temporary-password').textContent())?.trim() ?? '';
  expect(password, 'the temporary password is 12 or more letters and digits').toMatch(/^[A-Za-z0-9]{12,}$/);
  await screenshot(page, shot);
  await dialog.getByRole('button', { name: 'Ya la entregué' }).click();
  await expect.poll(() => dialog.count(), { message: 'the password dialog closes once handed over', timeout: SETTLE_MS }).toBe(0);
  return password;
}

describe('admin', () => {
  it('lists the accounts and creates a partner account, showing its temporary password once', async () => {
    await as('admin', 'ruta-admin', async (page) => {
      await page.getByRole('menuitem', { name: 'Usuarios' }).click();
      await page.waitForURL(/#\/User/);
      await expectVisible(page.getByRole('cell', { name: 'Paula Partner (FNJ)' }), 'the accounts list shows the demo accounts');
      await screenshot(page, 'users-1-list');

      await page.goto('/#/User/create');
      await page.getByLabel(/^Usuario/).fill(username);
      await page.getByLabel(/^Nombre/).fill(displayName);
      await choose(page, /^Rol/, 'Organización socia');
      // A partner without organization and programs is refused before anything is sent.
      await page.getByRole('button', { name: 'Guardar' }).click();
      await expect
        .poll(() => page.getByText('Obligatorio', { exact: true }).count(), {
          message: 'a partner without organization and programs: both are «Obligatorio»',
          timeout: SETTLE_MS,
        })
        .toBe(2);
      await screenshot(page, 'users-2-create-errors');

      await pickSuggestion(page, /^Organización/, 'Fundación Nuestros', /Fundación Nuestros Jóvenes/);
      await pickSuggestion(page, /^Programas/, 'Combating', /Combating Trafficking in Persons in Ecuador/);
      await page.getByLabel(/^Correo electrónico/).fill(`${run}@example.org`);
      await page.getByRole('button', { name: 'Guardar' }).click();
      temporaryPassword = await takeTemporaryPassword(page, 'users-3-temporary-password');

      await page.waitForURL(new RegExp(`#/User/${username.replace('.', '\\.')}/show`));
      await expectVisible(page.getByText('Fundación Nuestros Jóvenes'), 'the new account shows its organization');
      await expectVisible(page.getByText('Combating Trafficking in Persons in Ecuador'), 'the new account shows its program');
      await expectVisible(page.getByText('Activa', { exact: true }), 'the new account is active');
      await page.getByRole('tab', { name: 'Historial' }).click();
      await expectVisible(page.getByRole('cell', { name: 'Creada' }), 'the history records the creation');
      await expectVisible(page.getByRole('cell', { name: /admin \(Administración\)/ }), 'the history names the admin who did it');
      await screenshot(page, 'users-4-history');
    });
  });

  it('refuses a username that is taken', async () => {
    await as('admin', 'ruta-admin', async (page) => {
      await page.goto('/#/User/create');
      await page.getByLabel(/^Usuario/).fill(username);
      await page.getByLabel(/^Nombre/).fill('Otra persona');
      await choose(page, /^Rol/, 'Equipo del programa');
      await page.getByRole('button', { name: 'Guardar' }).click();
      await expectVisible(page.getByText('Este nombre de usuario ya está en uso'), 'a taken username is refused with an explanation');
      expect(page.url(), 'no account is created').toMatch(/#\/User\/create/);
    });
  });
});

describe('the new partner', () => {
  it('signs in with the temporary password, must choose its own, then works as a partner without user management', async () => {
    const context = await app.newContext();
    try {
      const page = await context.newPage();
      await chooseOwnPassword(page, temporaryPassword, chosenPassword, 'users-5a-new-password');
      await expectVisible(page.getByText(`Bienvenido/a, ${displayName}`), 'with a password of its own the partner is in');
    } finally {
      await context.close();
    }
    await refusedSignIn(temporaryPassword);
    await as(username, chosenPassword, async (page) => {
      await expectVisible(page.getByText(`Bienvenido/a, ${displayName}`), 'the chosen password signs the partner in');
      await expectVisible(page.getByRole('menuitem', { name: 'Convenios' }), 'the partner works with agreements');
      expect(await page.getByRole('menuitem', { name: 'Usuarios' }).count(), 'a partner has no Usuarios menu').toBe(0);
      await screenshot(page, 'users-5-partner-dashboard');
      await signOut(page);
    });
  });
});

describe('admin actions on the account', () => {
  it('edits the display name and role scope', async () => {
    await as('admin', 'ruta-admin', async (page) => {
      await page.goto(`/#/User/${encodeURIComponent(username)}`);
      await expect
        .poll(() => page.getByLabel(/^Usuario/).inputValue(), { message: 'the edit form loads the account', timeout: SETTLE_MS })
        .toBe(username);
      expect(await page.getByLabel(/^Usuario/).isDisabled(), 'a username cannot be changed').toBe(true);
      await page.getByLabel(/^Nombre/).fill(`${displayName} (FNJ)`);
      await page.getByRole('button', { name: 'Guardar' }).click();
      await page.waitForURL(/\/show$/);
      await expectVisible(page.getByText(`${displayName} (FNJ)`).first(), 'the account shows its edited name');
      await page.getByRole('tab', { name: 'Historial' }).click();
      await expectVisible(page.getByRole('cell', { name: 'Modificada' }), 'the history records the edit');
    });
  });

  it('disables the account, after which the partner cannot sign in', async () => {
    await as('admin', 'ruta-admin', async (page) => {
      await openUser(page);
      await page.getByRole('button', { name: 'Deshabilitar' }).click();
      await expectVisible(
        page.getByRole('dialog').getByText(/ya no podrá ingresar/),
        'the confirmation says the user will not be able to sign in',
      );
      await screenshot(page, 'users-6-disable-confirm');
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await expectVisible(page.getByText('Deshabilitada', { exact: true }).first(), 'the account is shown as disabled');
      await expectVisible(page.getByRole('button', { name: 'Habilitar' }), 'a disabled account can be enabled again');
    });

    await refusedSignIn(chosenPassword, 'users-7-disabled-refused');
  });

  it('enables it again and resets the password: only the new one works', async () => {
    let fresh = '';
    await as('admin', 'ruta-admin', async (page) => {
      await openUser(page);
      await page.getByRole('button', { name: 'Habilitar' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      await expectVisible(page.getByText('Activa', { exact: true }).first(), 'the account is active again');

      await page.getByRole('button', { name: 'Restablecer contraseña' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
      fresh = await takeTemporaryPassword(page, 'users-8-reset-password');
      expect(fresh, 'a reset gives a new temporary password').not.toBe(temporaryPassword);
      await page.getByRole('tab', { name: 'Historial' }).click();
      for (const action of ['Contraseña restablecida', 'Activada', 'Desactivada']) {
        await expectVisible(page.getByRole('cell', { name: action, exact: true }), `the history records «${action}»`);
      }
    });

    await refusedSignIn(chosenPassword);
    const context = await app.newContext();
    try {
      const page = await context.newPage();
      await chooseOwnPassword(page, fresh, `${chosenPassword}-2`);
      await expectVisible(page.getByText(/^Bienvenido\/a,/), "the new temporary password works, once a password of one's own is chosen");
    } finally {
      await context.close();
    }
  });

  it('cannot disable its own account', async () => {
    await as('admin', 'ruta-admin', async (page) => {
      await page.goto('/#/User/admin/show');
      await expectVisible(page.getByRole('button', { name: 'Restablecer contraseña' }), "the admin's own account page has its actions");
      expect(await page.getByRole('button', { name: 'Deshabilitar' }).count(), 'but no Deshabilitar for itself').toBe(0);
    });
  });
});

describe('program staff', () => {
  it('does not see the Users menu and is denied the page', async () => {
    await as('staff', 'ruta-staff', async (page) => {
      await expectVisible(page.getByRole('menuitem', { name: 'Organizaciones' }), 'staff get the menu');
      expect(await page.getByRole('menuitem', { name: 'Usuarios' }).count(), 'staff have no Usuarios menu').toBe(0);
      await page.goto('/#/User');
      await expectVisible(page.getByText('No tiene permiso para ver esta página'), 'the accounts page refuses staff');
      expect(await page.getByRole('cell', { name: 'Paula Partner (FNJ)' }).count(), 'no account is listed to staff').toBe(0);
      await screenshot(page, 'users-9-staff-denied');
    });
  });
});
