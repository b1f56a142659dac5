import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectVisible, SETTLE_MS, screenshot } from './browser.ts';
import {
  FAKE_MEMBER,
  FAKE_POOL,
  FAKE_USER,
  ID_TOKEN,
  MEMBER_ID_TOKEN,
  RESET_CODE,
  TOTP_SECRET,
  WRONG_CODE,
  fakeCognito,
  type FakeCognito,
} from './fakeCognito.ts';

/**
 * The console as deployed to AWS, signing in with Cognito through the real Amplify library. Cognito
 * cannot be reached offline: fakeCognito.ts answers its API inside the browser (see there), and
 * /config.json is answered with a stage's config. The local server only serves the built console.
 */
const app = useApp();
let page: Page;
let cognito: FakeCognito;
/** Authorization headers the console sent to the stage's API, and how the API answers. */
let apiCalls: string[];
let apiAnswer: 'not_found' | 'unauthenticated';

beforeEach(async () => {
  page = await app.newPage();
  cognito = await fakeCognito(page);
  apiCalls = [];
  apiAnswer = 'not_found';
  await page.route(FAKE_POOL.apiUrl, (route) => {
    if (route.request().method() === 'OPTIONS') {
      return route.fulfill({ status: 204, headers: { 'access-control-allow-origin': '*', 'access-control-allow-headers': '*' } });
    }
    apiCalls.push(route.request().headers().authorization ?? '');
    const [status, code] = apiAnswer === 'unauthenticated' ? [401, 'UNAUTHENTICATED'] : [200, 'NOT_FOUND'];
    return route.fulfill({
      status,
      headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
      body: JSON.stringify({ errors: [{ message: code, extensions: { code } }] }),
    });
  });
});
afterEach(async () => {
  await page.context().close();
});

async function submitPassword(username: string, password: string) {
  await page.goto('/#/login');
  await expectVisible(page.getByText('Entorno: dev'), 'the login page names the stage from config.json');
  await page.getByLabel(/^Usuario/).fill(username);
  await page.getByLabel(/^Contraseña/).fill(password);
  await page.getByRole('button', { name: 'Ingresar' }).click();
}

describe('Cognito sign-in', () => {
  it('refuses a wrong password with the same words as locally', async () => {
    await submitPassword('nadie', 'wrong-password');
    // The console's scripts start when the login form is sent (boot.js), then sign in: up to twice as long.
    await expectVisible(page.getByText('Usuario o contraseña incorrectos.'), "Cognito's refusal is told in the local words", 2 * SETTLE_MS);
    expect(page.url(), 'a refused sign-in stays on the login page').toMatch(/#\/login/);
    expect(cognito.calls, 'one SRP exchange, refused at the password verifier').toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge:PASSWORD_VERIFIER',
    ]);
    await screenshot(page, 'cognito-1-wrong-password');
  });

  it('walks a first sign-in: new password, authenticator app, then the console with the ID token', async () => {
    await submitPassword(FAKE_USER.username, 'Temporal-123');
    await expectVisible(page.getByText(/elija su propia contraseña/), "a temporary password leads to choosing one's own");

    await page.getByLabel(/^Contraseña nueva/).fill('Una-Clave-Larga-1');
    await page.getByLabel(/^Repita la contraseña nueva/).fill('Otra-Clave-Larga-1');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(page.getByText('Las dos contraseñas no coinciden'), 'two different new passwords are refused in the form');
    await screenshot(page, 'cognito-2-new-password');

    // Cognito's password policy is the judge: its refusal is explained, and the step stays.
    await page.getByLabel(/^Contraseña nueva/).fill('Corta-1');
    await page.getByLabel(/^Repita la contraseña nueva/).fill('Corta-1');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(page.getByText(/La contraseña no cumple las reglas/), "Cognito's password policy refusal is explained");

    await page.getByLabel(/^Contraseña nueva/).fill('Una-Clave-Larga-1');
    await page.getByLabel(/^Repita la contraseña nueva/).fill('Una-Clave-Larga-1');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(page.getByTestId('totp-secret'), 'an accepted password leads to setting up the authenticator app');
    expect(cognito.newPassword, 'Cognito got the chosen password').toBe('Una-Clave-Larga-1');
    expect((await page.getByTestId('totp-secret').textContent())?.replace(/\s/g, ''), "the secret shown is Cognito's").toBe(TOTP_SECRET);
    const href = await page.getByRole('link', { name: 'Abrir en la aplicación de autenticación' }).getAttribute('href');
    expect(href, 'the link opens the app with the stage, user and secret').toMatch(
      new RegExp(`^otpauth://totp/Ruta%20dev:${FAKE_USER.username}\\?secret=${TOTP_SECRET}`),
    );
    await screenshot(page, 'cognito-3-totp-setup');

    await page.getByLabel(/^Código de 6 dígitos/).fill(WRONG_CODE);
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(page.getByText('El código no es válido; escriba el actual.'), 'a wrong TOTP code is refused with an explanation');
    await page.getByLabel(/^Código de 6 dígitos/).fill('123 456');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await expectVisible(page.getByText(`Bienvenido/a, ${FAKE_USER.displayName}`), "the console greets the user by the ID token's name");
    await screenshot(page, 'cognito-4-signed-in');

    expect(cognito.calls, "the console walked Cognito's challenges in order").toEqual([
      'InitiateAuth',
      'RespondToAuthChallenge:PASSWORD_VERIFIER',
      'RespondToAuthChallenge:NEW_PASSWORD_REQUIRED',
      'RespondToAuthChallenge:NEW_PASSWORD_REQUIRED',
      'AssociateSoftwareToken',
      'VerifySoftwareToken',
      'VerifySoftwareToken',
      'RespondToAuthChallenge:MFA_SETUP',
    ]);
    // GraphQL goes to the stage's API with the Cognito ID token, not to /graphql on the admin's origin.
    await expect.poll(() => apiCalls.length, { message: "the console calls the stage's API", timeout: SETTLE_MS }).toBeGreaterThan(0);
    expect(new Set(apiCalls), 'every API call carries the Cognito ID token').toEqual(new Set([`Bearer ${ID_TOKEN}`]));

    // The API refusing the token (revoked, expired) ends the session: back to the login page.
    apiAnswer = 'unauthenticated';
    await page.goto('/#/Organization');
    await expect
      .poll(() => page.url(), { message: 'a 401 from the API sends the user to the login page', timeout: SETTLE_MS })
      .toMatch(/#\/login/);
    await expectVisible(page.getByText('Su sesión terminó; vuelva a ingresar.'), 'the login page says the session ended');
    expect(await page.evaluate(() => localStorage.getItem('ruta.session')), 'the stored session is gone').toBeNull();
    await screenshot(page, 'cognito-5-session-ended');
  });

  it('forgot password: a code by e-mail, a new password, the authenticator code, then the console (issue 9.10)', async () => {
    await page.goto('/#/login');
    await expectVisible(page.getByText('Entorno: dev'), 'the login page names the stage from config.json');
    await page.getByRole('button', { name: '¿Olvidó su contraseña?' }).click();
    await expectVisible(page.getByText(/le enviaremos al correo de su cuenta un código/), 'in AWS the page offers a code by e-mail');
    await page.getByLabel(/^Usuario/).fill(` ${FAKE_MEMBER.username} `);
    await page.getByRole('button', { name: 'Enviar código' }).click();
    await expectVisible(
      page.getByText(`Si la cuenta existe, enviamos un código a ${FAKE_MEMBER.email}.`, { exact: false }),
      'the page says where the code went',
    );
    await screenshot(page, 'cognito-6-forgot-code-sent');

    await page.getByLabel(/^Código del correo/).fill(WRONG_CODE);
    await page.getByLabel(/^Contraseña nueva/).fill('Olvidada-Nueva-1');
    await page.getByLabel(/^Repita la contraseña nueva/).fill('Olvidada-Nueva-1');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(page.getByText('El código no es válido; escriba el actual.'), 'a wrong e-mailed code is refused, the step stays');

    await page.getByLabel(/^Código del correo/).fill(RESET_CODE);
    await page.getByLabel(/^Contraseña nueva/).fill('Olvidada-Nueva-1');
    await page.getByLabel(/^Repita la contraseña nueva/).fill('Olvidada-Nueva-1');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await expectVisible(
      page.getByText(/Escriba el código de 6 dígitos que su aplicación/),
      "then the pool's authenticator code, as at every sign-in",
    );
    expect(cognito.reset, 'Cognito got the code and the new password for the trimmed username').toEqual({
      username: FAKE_MEMBER.username,
      password: 'Olvidada-Nueva-1',
    });
    await page.getByLabel(/^Código de 6 dígitos/).fill('135 791');
    await page.getByRole('button', { name: 'Continuar' }).click();
    await page.waitForURL((url) => !url.hash.startsWith('#/login'));
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('ruta.session') ?? 'null')?.token), {
        message: 'signed in with the ID token Cognito issued after the reset',
        timeout: SETTLE_MS,
      })
      .toBe(MEMBER_ID_TOKEN);
    expect(cognito.calls, 'ForgotPassword, ConfirmForgotPassword (twice), then SRP and the TOTP challenge').toEqual([
      'ForgotPassword',
      'ConfirmForgotPassword',
      'ConfirmForgotPassword',
      'InitiateAuth',
      'RespondToAuthChallenge:PASSWORD_VERIFIER',
      'RespondToAuthChallenge:SOFTWARE_TOKEN_MFA',
    ]);
    await screenshot(page, 'cognito-7-forgot-signed-in');
  });
});
