import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, expectVisible, pickSuggestion, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Program staff at work: two organizations, an agreement between them, finding it, editing it,
 * exporting the list; then what a bad form looks like (client rule and server rule).
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);
const first = `Fundación Prueba Uno ${run}`;
const second = `Fundación Prueba Dos ${run}`;
const title = `Convenio E2E ${run}`;

beforeAll(async () => {
  page = await app.newPage(['staff', 'ruta-staff']);
});

/** Creates an organization through the form; returns its id (from the show page's URL). */
async function createOrganization(name: string, acronym: string): Promise<string> {
  await page.goto('/#/Organization/create');
  await page.getByLabel(/^Nombre/).fill(name);
  await page.getByLabel(/^Sigla/).fill(acronym);
  await choose(page, /^Tipo/, 'ONG / fundación');
  await page.getByLabel(/^Ciudad/).fill('Quito');
  await page.getByRole('button', { name: 'Guardar' }).click();
  await page.waitForURL(/#\/Organization\/[^/]+\/show/);
  await expectVisible(page.getByText(name).first(), `the new organization's page shows its name (${name})`);
  return decodeURIComponent(page.url().match(/#\/Organization\/([^/]+)\/show/)![1]!);
}

let firstId = '';

describe('staff', () => {
  it('creates two organizations and an agreement between them', async () => {
    firstId = await createOrganization(first, `U${run}`.slice(0, 10));
    await createOrganization(second, `D${run}`.slice(0, 10));
    await screenshot(page, 'staff-1-organization-show');

    await page.goto('/#/PartnerAgreement/create');
    await page.getByLabel(/^Título/).fill(title);
    await choose(page, /^Tipo/, 'Contrato');
    await choose(page, /^Estado/, 'Vigente');
    await pickSuggestion(page, /^Partes/, first.slice(0, 22), new RegExp(first));
    await pickSuggestion(page, /^Partes/, second.slice(0, 22), new RegExp(second));
    await page.getByLabel(/^Inicio/).fill('01/03/2024');
    await page.getByLabel(/^Fin/).fill('28/02/2030');
    await page.getByLabel(/^Valor/).fill('1234.56');
    await page.getByLabel(/^Objeto/).fill('Casas de acogida y reintegración.');
    await screenshot(page, 'staff-2-agreement-form');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);

    await expectVisible(page.getByText(title).first(), "the new agreement's page shows its title");
    // Spanish groups thousands from five digits on.
    await expectVisible(page.getByText(/1\.?234,56/), "the new agreement's page shows its value");
    // Parties are chips linking to their organizations.
    for (const acronym of [`U${run}`.slice(0, 10), `D${run}`.slice(0, 10)]) {
      const chip = page.getByRole('link', { name: acronym });
      expect(await chip.getAttribute('href'), `party ${acronym} links to its organization`).toMatch(/#\/Organization\/.+\/show/);
    }
    await screenshot(page, 'staff-3-agreement-show');
  });

  it('finds the agreement with the title search, also combined with a filter', async () => {
    await page.goto('/#/PartnerAgreement');
    await page.getByPlaceholder('Buscar por título').fill(`Convenio E2E ${run}`);
    await expect
      .poll(() => page.getByRole('row').count(), {
        message: 'the title search finds one agreement (and the header row)',
        timeout: SETTLE_MS,
      })
      .toBe(2);
    await expectVisible(page.getByRole('cell', { name: title }), 'the agreement found is ours');
    await screenshot(page, 'staff-4-search');

    // The search combines with the other filters (issue 9.1): with the kind Contrato the agreement is still found.
    await page.getByRole('button', { name: 'Agregar filtro' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Tipo' }).click();
    await choose(page, /^Tipo/, 'Contrato');
    await expect
      .poll(() => page.getByRole('row').count(), {
        message: 'the title search with the kind filter still finds the agreement (and the header row)',
        timeout: SETTLE_MS,
      })
      .toBe(2);
    await expectVisible(page.getByRole('cell', { name: title }), 'the agreement found is ours');
    expect(await page.getByText(/no se combina con otros filtros/).count(), 'no refusal').toBe(0);
    await screenshot(page, 'staff-5-search-combined');
  });

  it('filters by organization and edits the agreement', async () => {
    await page.goto('/#/PartnerAgreement?filter=%7B%7D');
    await page.getByRole('button', { name: 'Agregar filtro' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Organización' }).click();
    await pickSuggestion(page, /^Organización/, first.slice(0, 22), new RegExp(first));
    await expect
      .poll(() => page.getByRole('row').count(), {
        message: 'the new organization is party to one agreement (and the header row)',
        timeout: SETTLE_MS,
      })
      .toBe(2);
    await page.getByRole('cell', { name: title }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);

    await page.getByRole('link', { name: 'Editar' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+$/);
    await page.getByLabel(/^Título/).fill(`${title} (enmendado)`);
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await expectVisible(page.getByText(`${title} (enmendado)`).first(), 'the agreement shows its edited title');
    await screenshot(page, 'staff-6-edited');
  });

  it('exports the filtered list as CSV', async () => {
    await page.goto('/#/PartnerAgreement?filter=%7B%7D');
    await page.getByPlaceholder('Buscar por título').fill(`Convenio E2E ${run}`);
    await expect
      .poll(() => page.getByRole('row').count(), {
        message: 'the list to export holds our agreement only (and the header row)',
        timeout: SETTLE_MS,
      })
      .toBe(2);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines, 'the CSV has a header and the filtered agreement').toHaveLength(2);
    // In Spanish: the form's labels as headers, ';' between cells, decimal comma, the kind's label.
    expect(lines[0], 'the CSV header').toContain('Título');
    expect(csv, 'the CSV has the edited title').toContain(`${title} (enmendado)`);
    expect(csv, 'the CSV names both parties').toContain(`${first}; ${second}`);
    expect(csv, 'the CSV has the value').toContain(';1234,56;');
    expect(csv, 'the CSV has the kind').toContain('Contrato');
  });

  it('shows field errors: end before start (client), unknown objective (server)', async () => {
    await page.goto('/#/PartnerAgreement/create');
    await page.getByLabel(/^Título/).fill(`Convenio inválido ${run}`);
    await choose(page, /^Tipo/, 'Memorando de entendimiento');
    await pickSuggestion(page, /^Partes/, first.slice(0, 22), new RegExp(first));
    await pickSuggestion(page, /^Partes/, second.slice(0, 22), new RegExp(second));
    await page.getByLabel(/^Inicio/).fill('10/05/2024');
    await page.getByLabel(/^Fin/).fill('01/05/2024');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(
      page.getByText('La fecha de fin debe ser igual o posterior a la de inicio'),
      'an end before the start is refused in the form',
    );
    expect(page.url(), 'the refused agreement is not created').toMatch(/#\/PartnerAgreement\/create/);
    await screenshot(page, 'staff-7-end-before-start');

    // The program's framework is only known to the server: its error lands on the field too.
    await page.getByLabel(/^Fin/).fill('31/12/2024');
    await choose(page, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    const codes = page.getByRole('combobox', { name: /^Objetivos/ });
    await codes.fill('9.9');
    await codes.press('Enter');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(
      page.getByText('El programa no tiene un objetivo con este código'),
      "the server's refusal of objective 9.9 shows in the form",
    );
    expect(page.url(), 'the refused agreement is not created').toMatch(/#\/PartnerAgreement\/create/);
    await screenshot(page, 'staff-8-server-field-error');
  });

  it('edits an expired agreement without touching its derived status', async () => {
    await page.goto('/#/PartnerAgreement?filter=%7B%7D');
    await page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await expectVisible(page.getByText('Vencido', { exact: true }).first(), 'the seeded agreement has expired');
    await page.getByRole('link', { name: 'Editar' }).click();
    await page.getByLabel(/^Objeto/).fill('Shelter Pilot Program for adolescent victims in Quito (revisado).');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await expectVisible(page.getByText('(revisado)', { exact: false }), 'the edit is saved');
    await expectVisible(page.getByText('Vencido', { exact: true }).first(), 'the agreement is still shown as expired after the edit');
  });

  it('tells the second of two concurrent editors to reload', async () => {
    const other = await page.context().newPage();
    await page.goto(`/#/Organization/${encodeURIComponent(firstId)}`);
    await other.goto(`/#/Organization/${encodeURIComponent(firstId)}`);
    // Typing before the record has loaded would be undone when the form resets to it (Save stays disabled).
    for (const tab of [page, other]) {
      await expect
        .poll(() => tab.getByLabel(/^Nombre/).inputValue(), { message: "each tab's form loads the record", timeout: SETTLE_MS })
        .toBe(first);
    }
    await page.getByLabel(/^Notas/).fill('Editado en la primera pestaña');
    await other.getByLabel(/^Notas/).fill('Editado en la segunda pestaña');
    await other.getByRole('button', { name: 'Guardar' }).click();
    await other.waitForURL(/\/show$/);
    await other.close();
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(
      page.getByText(/Alguien modificó este registro mientras usted lo editaba/),
      'the second save, from a stale version, is told to reload',
    );
    expect(page.url(), 'the stale edit stays on the form').not.toMatch(/\/show$/);
    await screenshot(page, 'staff-10-stale-version');
  });

  it('deletes after confirmation, and refuses to delete an organization that is party to agreements', async () => {
    await page.goto('/#/PartnerAgreement?filter=%7B%7D');
    await page.getByPlaceholder('Buscar por título').fill(`Convenio E2E ${run}`);
    await page.getByRole('cell', { name: `${title} (enmendado)` }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await page.getByRole('button', { name: 'Eliminar' }).click();
    const dialog = page.getByRole('dialog');
    await expectVisible(dialog, 'Eliminar asks for a confirmation first');
    await screenshot(page, 'staff-11-delete-confirm');
    await dialog.getByRole('button', { name: 'Confirmar' }).click();
    await page.waitForURL(/#\/PartnerAgreement(\?.*)?$/);
    await expectVisible(page.getByText('Elemento eliminado'), 'a notice confirms the agreement was deleted');
    expect(await page.getByRole('cell', { name: `${title} (enmendado)` }).count(), 'the deleted agreement is not listed').toBe(0);

    await page.goto('/#/Organization/org-fnj/show');
    await page.getByRole('button', { name: 'Eliminar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expectVisible(
      page.getByText(/Esta organización es parte de convenios/),
      'an organization party to agreements is not deleted, and the console says why',
    );
    await screenshot(page, 'staff-12-delete-refused');

    await page.goto(`/#/Organization/${encodeURIComponent(firstId)}/show`);
    await page.getByRole('button', { name: 'Eliminar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect
      .poll(() => page.url(), {
        message: 'an organization party to nothing is deleted: back to the list',
        timeout: SETTLE_MS,
      })
      .toMatch(/#\/Organization(\?.*)?$/);
  });

  it('opens the API explorer with its session', async () => {
    const explorer = await page.context().newPage();
    await explorer.goto('/graphiql');
    await expectVisible(explorer.locator('.graphiql-container'), 'staff may open the API explorer', 30_000);
    // Monaco renders spaces as no-break spaces, and loads its editors after the page.
    const text = async (selector: string) => ((await explorer.locator(selector).textContent()) ?? '').replace(/\s+/g, ' ');
    await expect
      .poll(() => text('.graphiql-query-editor'), { message: 'the explorer starts with an example query', timeout: 30_000 })
      .toContain('query Me');
    await explorer.getByRole('button', { name: /Execute query/i }).click();
    await expect
      .poll(() => text('.graphiql-response'), {
        message: "the query runs with the console's session: it answers as staff",
        timeout: 30_000,
      })
      .toContain('"username": "staff"');
    await screenshot(explorer, 'staff-9-graphiql');
    await explorer.close();
  });
});

describe("the program's smallest published count (issue 12)", () => {
  it('an admin sets k on the program: 4 is refused with the typed message, 12 is saved; staff only read it', async () => {
    const admin = await app.newPage(['admin', 'ruta-admin']);
    try {
      await admin.goto('/#/Program/prog-ecuador-tip/show');
      const k = admin.getByRole('spinbutton', { name: 'Conteo mínimo publicado (k)' });
      await expect.poll(() => k.inputValue(), { message: 'the k field shows the default 11', timeout: 30_000 }).toBe('11');
      await k.fill('4');
      await k.press('Enter');
      await expectVisible(
        admin.getByText('El conteo más pequeño que se muestra debe ser de al menos 5'),
        "the server's refusal under the field",
      );
      await screenshot(admin, 'staff-10-program-k-refused');
      await k.fill('12');
      await admin.getByRole('button', { name: 'Guardar k' }).click();
      await expectVisible(admin.getByText('El conteo mínimo publicado ahora es 12'), 'the save is confirmed');
      await admin.reload();
      await expect.poll(() => k.inputValue(), { message: 'the saved k is read back', timeout: 30_000 }).toBe('12');
    } finally {
      await admin.context().close();
    }
    await page.goto('/#/Program/prog-ecuador-tip/show');
    await expectVisible(page.getByText('Conteo mínimo publicado (k)', { exact: true }), 'staff see the k', 30_000);
    await expect
      .poll(() => page.getByTestId('program-statistics-k').textContent(), { message: "staff see the program's k", timeout: SETTLE_MS })
      .toBe('12');
    expect(await page.getByRole('spinbutton', { name: 'Conteo mínimo publicado (k)' }).count(), 'staff cannot set it').toBe(0);
  });
});
