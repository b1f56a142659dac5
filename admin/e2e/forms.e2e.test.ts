import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, expectVisible, pickSuggestion, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Forms that say everything at once and in the user's terms, one format per language, and the login
 * page (issue 9, items 6, 7 and 10). The browser is es-EC: the console speaks Spanish.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);

/** The texts a field points to (`aria-describedby`: its error or hint), as a screen reader says them. */
function described(field: Locator): Promise<string> {
  return field.evaluate((el) =>
    (el.getAttribute('aria-describedby')?.split(/\s+/) ?? []).map((id) => document.getElementById(id)?.textContent ?? '').join(' '),
  );
}

/** A GraphQL call with the signed-in user's token, from inside the page. */
async function api<T = any>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await page.evaluate(
    async ([q, v]) => {
      const token = JSON.parse(localStorage.getItem('ruta.session') ?? '{}').token;
      const r = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return r.json();
    },
    [query, variables] as const,
  );
  expect(body.errors, `the API accepts ${query.slice(0, 60)}…`).toBeUndefined();
  return body.data as T;
}

const save = () => page.getByRole('button', { name: 'Guardar' }).click();

describe('forms (staff)', () => {
  beforeAll(async () => {
    page = await app.newPage(['staff', 'ruta-staff']);
  });
  afterAll(async () => page.context().close());

  it('shows every problem in one round: end before start together with the required fields', async () => {
    await page.goto('/#/PartnerAgreement/create');
    await page.getByLabel(/^Inicio/).fill('10/05/2024');
    await page.getByLabel(/^Fin/).fill('01/05/2024');
    await save();
    const title = page.getByLabel(/^Título/);
    await expect.poll(() => described(title), { message: 'the missing title is marked', timeout: SETTLE_MS }).toContain('Obligatorio');
    expect(await described(page.getByLabel(/^Fin/)), 'the end before the start is marked in the same round').toContain(
      'La fecha de fin debe ser igual o posterior a la de inicio',
    );
    expect(page.url(), 'nothing is created').toMatch(/#\/PartnerAgreement\/create/);
    await screenshot(page, 'forms-1-all-errors');
  });

  it("e-mail: the form's own message, no browser tooltip", async () => {
    await page.goto('/#/Organization/create');
    await page.getByLabel(/^Nombre/).fill(`Fundación Formularios ${run}`);
    await choose(page, /^Tipo/, 'ONG / fundación');
    const email = page.getByLabel(/^Correo electrónico/);
    await email.fill('x@');
    expect(await email.getAttribute('type'), 'not type=email: the browser would check it in its own language').not.toBe('email');
    expect(await email.getAttribute('inputmode'), 'phones still show the e-mail keyboard').toBe('email');
    expect(await page.locator('form').first().getAttribute('novalidate'), 'the form validates itself only').not.toBeNull();
    await save();
    await expect
      .poll(() => described(email), { message: "the app's e-mail message shows on the field", timeout: SETTLE_MS })
      .toContain('No es un correo electrónico válido');
    expect(page.url(), 'nothing is created').toMatch(/#\/Organization\/create/);
    await screenshot(page, 'forms-2-email');

    // Fixed, it saves; the fields left empty read "—" in the list (and the country by its name).
    await email.fill('');
    await save();
    await page.waitForURL(/#\/Organization\/[^/]+\/show/);
    await expectVisible(page.getByText('Ecuador', { exact: true }), 'the show page names the country, not its code');
    await page.goto(`/#/Organization?filter=${encodeURIComponent(JSON.stringify({ q: `Fundación Formularios ${run}` }))}`);
    const row = page.getByRole('row', { name: new RegExp(`Fundación Formularios ${run}`) });
    await expectVisible(row, 'the new organization is listed');
    const cells = await row.getByRole('cell').allTextContents();
    expect(
      cells.filter((c) => c === '—').length,
      `empty acronym, city and province read "—" (${cells.join(' | ')})`,
    ).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'forms-3-empty-values');
  });

  it('the fee speaks in %, as the field is labelled', async () => {
    await page.goto('/#/Program/create');
    const fee = page.getByLabel(/^Tasa administrativa/);
    await fee.fill('150');
    await save();
    await expect
      .poll(() => described(fee), { message: 'the fee out of range says so in %', timeout: SETTLE_MS })
      .toContain('Debe estar entre 0 y 100 %');
    expect(await described(fee), 'no basis points in the message').not.toMatch(/puntos básicos/);
  });

  it("a pristine edit form's Save says why it is disabled", async () => {
    await page.goto('/#/Organization/org-usaid');
    const button = page.getByRole('button', { name: 'Guardar' });
    await expectVisible(button, 'the edit form has its Save button');
    expect(await button.isDisabled(), 'nothing changed yet: Save is disabled').toBe(true);
    expect(await described(button), 'the button is described by the reason').toBe('Sin cambios que guardar');
    await expectVisible(page.getByText('Sin cambios que guardar'), 'the reason is on screen beside the button');
    await screenshot(page, 'forms-4-pristine-save');
    await page.getByLabel(/^Ciudad/).fill(`Guayaquil ${run}`);
    await expect.poll(() => button.isDisabled(), { message: 'a change enables Save', timeout: SETTLE_MS }).toBe(false);
    expect(await page.getByText('Sin cambios que guardar').count(), 'and the reason goes away').toBe(0);
  });

  it('dates: dd/mm/aaaa in the input and on the page, ISO for the API', async () => {
    await page.goto('/#/PartnerAgreement/create');
    const start = page.getByLabel(/^Inicio/);
    expect(await start.getAttribute('placeholder'), 'the input shows the format').toBe('dd/mm/aaaa');
    expect(await described(start), 'and says it under the field').toContain('31/12/2009');
    await page.getByLabel(/^Título/).fill(`Convenio fechas ${run}`);
    await choose(page, /^Tipo/, 'Contrato');
    await pickSuggestion(page, /^Partes/, 'Organización Internacional', /Organización Internacional para las Migraciones/);
    await pickSuggestion(page, /^Partes/, 'USAID', /USAID/);
    await start.fill('1/3/2024');
    // Typed digit by digit, as on a keyboard: eight digits are a date too.
    const end = page.getByLabel(/^Fin/);
    await end.pressSequentially('28022030');
    await end.press('Tab');
    expect(await end.inputValue(), 'leaving the field writes the date the usual way').toBe('28/02/2030');
    expect(await start.inputValue()).toBe('01/03/2024');
    await save();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    const id = decodeURIComponent(page.url().match(/#\/PartnerAgreement\/([^/]+)\/show/)![1]!);
    await expectVisible(page.getByText('01/03/2024', { exact: true }), 'the show page reads the start the same way');
    await expectVisible(page.getByText('28/02/2030', { exact: true }), 'and the end');
    const { partnerAgreement } = await api('query($id: ID!) { partnerAgreement(id: $id) { startDate endDate } }', { id });
    expect(partnerAgreement, 'the API got ISO dates').toEqual({ startDate: '2024-03-01', endDate: '2030-02-28' });
    await screenshot(page, 'forms-5-dates');
  });

  it('an indicator percentage out of range says the range (the form, and the server for a monthly value)', async () => {
    await page.goto('/#/Program/prog-ecuador-tip/framework');
    const own = page.locator('[data-objective="1.1"]');
    await own.getByRole('button', { name: /^Acciones de 1\.1 / }).click();
    await page.getByRole('menuitem', { name: 'Agregar indicador', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(/^Nombre/).fill(`Porcentaje de casos ${run}`);
    await choose(page, /^Unidad/, 'Porcentaje');
    const target = dialog.getByLabel(/^Meta/);
    await target.fill('150');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect
      .poll(() => described(target), { message: 'a target of 150 % says the range', timeout: SETTLE_MS })
      .toContain('Debe estar entre 0 y 100 %');
    await target.fill('80');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => dialog.count(), { message: 'the indicator is saved', timeout: SETTLE_MS }).toBe(0);

    // The unit of a monthly value is the server's to check: its answer carries the range as parameters.
    const row = own.getByRole('row', { name: new RegExp(`Porcentaje de casos ${run}`) });
    await row.getByRole('button', { name: /^Acciones (de|del) / }).click();
    await page.getByRole('menuitem', { name: 'Ingresar el valor de un mes', exact: true }).click();
    await dialog.getByLabel(/^Mes/).fill('2009-07');
    const value = dialog.getByLabel(/^Valor/);
    await value.fill('150');
    await dialog.getByRole('button', { name: 'Guardar' }).click();
    await expect
      .poll(() => described(value), { message: 'a value of 150 % says the range', timeout: SETTLE_MS })
      .toContain('Debe estar entre 0 y 100 %');
    await screenshot(page, 'forms-6-percent-range');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
  });

  it('formats: a negative amount keeps its thousands separator; countries by name', async () => {
    // A program whose costs pass its declared total: the report's difference is negative.
    const id = `forms-${run}`;
    await api(`mutation($input: CreateProgramInput!) { createProgram(input: $input) { id } }`, {
      input: {
        id,
        name: `Programa negativo ${run}`,
        country: 'EC',
        donorIds: ['org-usaid'],
        implementerId: 'org-iom-ec',
        startDate: '2024-01-01',
        originalEndDate: '2024-12-31',
        currency: 'USD',
        adminFeeRateBps: 0,
        originalDeclaredTotal: 100_000,
      },
    });
    const { createBudgetLine } = await api<{ createBudgetLine: { id: string } }>(
      'mutation($input: CreateBudgetLineInput!) { createBudgetLine(input: $input) { id } }',
      { input: { programId: id, label: 'Talleres', planned: 100_000 } },
    );
    await api('mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { id } }', {
      input: { budgetLineId: createBudgetLine.id, date: '2024-12-15', amount: 223_456 },
    });
    await page.goto(`/#/reports/results?program=${id}`);
    await expectVisible(
      page.getByText(/^-1\.234,56\sUS\$$/).first(),
      'declared 1.000,00 minus 2.234,56 spent reads -1.234,56 US$, grouped like any other amount',
    );
    await screenshot(page, 'forms-7-negative-difference');

    await page.goto('/#/Program');
    const ecuador = page.getByRole('row', { name: /Combating Trafficking in Persons in Ecuador/ });
    await expectVisible(ecuador.getByRole('cell', { name: 'Ecuador', exact: true }), 'the program list names the country');
    expect(await ecuador.getByRole('cell', { name: 'EC', exact: true }).count(), 'not its code').toBe(0);
  });
});

describe('login page', () => {
  let login: Page;
  beforeAll(async () => {
    login = await (await app.newContext()).newPage();
  });
  afterAll(async () => login.context().close());

  it('names the product, switches the language (and keeps it), and says who resets a forgotten password', async () => {
    await login.goto('/#/login');
    await expectVisible(login.getByRole('heading', { name: 'Ruta', level: 1 }), 'the product name is the heading');
    await expectVisible(login.getByText(/Convenios, actividades y resultados/), 'with what it is for, in Spanish');
    await screenshot(login, 'forms-8-login-es');

    await login.getByRole('button', { name: 'English' }).click();
    await expectVisible(login.getByRole('button', { name: 'Sign in' }), 'the form speaks English');
    await expectVisible(login.getByText(/Partner agreements, activities and results/), 'and so does the description');
    expect(await login.getByRole('button', { name: 'English' }).getAttribute('aria-pressed'), 'English is the chosen language').toBe(
      'true',
    );
    await login.reload();
    await expectVisible(login.getByRole('button', { name: 'Sign in' }), 'the language is kept for the next visit');
    await screenshot(login, 'forms-9-login-en');
    await login.getByRole('button', { name: 'Español' }).click();
    await expectVisible(login.getByRole('button', { name: 'Ingresar' }), 'and switches back');

    await login.getByRole('button', { name: '¿Olvidó su contraseña?' }).click();
    await expectVisible(
      login.getByText(
        /Las contraseñas las restablece un administrador de Ruta: pídale que abra Usuarios, elija su cuenta y pulse «Restablecer contraseña»/,
      ),
      'locally the page says an administrator resets passwords, and how',
    );
    await screenshot(login, 'forms-10-forgot-local');
    await login.getByRole('button', { name: 'Volver a ingresar' }).click();
    await expectVisible(login.getByLabel(/^Usuario/), 'back to signing in');
  });
});
