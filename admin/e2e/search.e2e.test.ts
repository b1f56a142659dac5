import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Issue 9, items 1, 2 and 11 on the demo data: search finds any word (lists and the party picker),
 * duplicates are caught (create form, CSV import, agreement form), donors see their program's
 * sub-awards without anyone's contact data.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);

beforeAll(async () => {
  page = await app.newPage(['staff', 'ruta-staff']);
});
afterAll(async () => {
  await page.context().close();
});

const rows = (p: Page = page) => p.getByRole('row').count();

async function search(placeholder: string, text: string, expected: string[]): Promise<void> {
  const box = page.getByPlaceholder(placeholder);
  await box.fill(text);
  await expect
    .poll(rows, { message: `"${text}" finds ${expected.length} row(s) (and the header row)`, timeout: SETTLE_MS })
    .toBe(expected.length + 1);
  for (const name of expected) await expectVisible(page.getByRole('cell', { name, exact: true }), `"${text}" finds ${name}`);
}

describe('search finds any word (9.1)', () => {
  it('the organization list finds a word of the name, the acronym, without accents', async () => {
    await page.goto('/#/Organization');
    await expectVisible(page.getByRole('cell', { name: 'Fundación Quimera' }), 'the organization list is loaded');
    await search('Buscar por nombre', 'Quimera', ['Fundación Quimera']);
    await search('Buscar por nombre', 'Nuestros', ['Fundación Nuestros Jóvenes']);
    await search('Buscar por nombre', 'FNJ', ['Fundación Nuestros Jóvenes']);
    await search('Buscar por nombre', 'OIM', ['Organización Internacional para las Migraciones — Ecuador']);
    await search('Buscar por nombre', 'jovenes nuestros', ['Fundación Nuestros Jóvenes']);
    await screenshot(page, 'search-1-organizations');
  });

  it('the agreement list finds a word of the title, and the search combines with a filter', async () => {
    await page.goto('/#/PartnerAgreement');
    await expectVisible(page.getByRole('cell', { name: 'Cooperative Agreement 518-A-00-06-00077-00' }), 'the agreement list is loaded');
    await search('Buscar por título', 'Albergue', [
      'Apoyo a víctimas adultas en el albergue de las Adoratrices',
      'Programa Piloto de Albergue — Fundación Nuestros Jóvenes',
      'Programa Piloto de Albergue — Fundación Quimera',
    ]);
    await screenshot(page, 'search-2-agreements');
    // With the status filter (Quimera's ended early): the search keeps working, no refusal.
    await page.goto('/#/PartnerAgreement?filter=%7B%22q%22%3A%22albergue%22%2C%22status%22%3A%22TERMINATED%22%7D');
    await expect.poll(rows, { message: 'albergue + Terminado: one row (and the header row)', timeout: SETTLE_MS }).toBe(2);
    await expectVisible(
      page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Quimera' }),
      'the terminated shelter agreement',
    );
  });

  it('the party picker finds any word and says when nothing matches', async () => {
    await page.goto('/#/PartnerAgreement/create');
    const picker = page.getByRole('combobox', { name: /^Partes/ });
    await picker.click();
    await picker.fill('Nuestros');
    await expectVisible(page.getByRole('option', { name: 'Fundación Nuestros Jóvenes (FNJ)' }), 'the picker offers FNJ for "Nuestros"');
    await picker.fill('albergue temporal');
    await expectVisible(page.getByText('Sin resultados'), 'the picker says "Sin resultados" in Spanish');
    await screenshot(page, 'search-3-party-picker');
    await picker.fill('migraciones');
    await expectVisible(
      page.getByRole('option', { name: 'Organización Internacional para las Migraciones — Ecuador (OIM)' }),
      'the picker finds a word in the middle of the name',
    );
  });
});

describe('duplicates are caught (9.2)', () => {
  it('the create form warns about an existing name and links to it; saving it again is refused on the name', async () => {
    await page.goto('/#/Organization/create');
    await page.getByLabel(/^Nombre/).fill('fundación QUIMERA');
    await expectVisible(page.getByText('Ya existe una organización con este nombre — ¿abrirla?'), 'the form warns before saving');
    const open = page.getByRole('link', { name: 'Abrir «Fundación Quimera»' });
    await expectVisible(open, 'with a link to the existing organization');
    await choose(page, /^Tipo/, 'ONG / fundación');
    await screenshot(page, 'duplicates-1-organization-form');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(
      page.getByText('Ya existe una organización con este nombre (sin contar mayúsculas ni tildes)'),
      'the API refuses it and the form says so under the name',
    );
    expect(page.url(), 'the form stays open').toMatch(/#\/Organization\/create/);
    await open.click();
    await page.waitForURL(/#\/Organization\/org-quimera\/show/);
    await expectVisible(page.getByText('Machala').first(), "the link opens the existing organization's page");
  });

  const importFile = (csv: string) => ({ name: 'organizaciones.csv', mimeType: 'text/csv', buffer: Buffer.from(`\ufeff${csv}`, 'utf8') });
  const dialog = () => page.getByRole('dialog');
  async function openImport(csv: string) {
    await page.goto('/#/Organization');
    await page.getByRole('button', { name: 'Importar CSV' }).click();
    await dialog().locator('input[type=file]').setInputFiles(importFile(csv));
  }

  it('the CSV import marks rows of existing organizations; the user skips or updates them, never duplicates', async () => {
    const fresh = `Fundación Nueva ${run}`;
    const csv = `Nombre;Tipo;Ciudad\r\nFUNDACION QUIMERA;ONG / fundación;Santa Rosa\r\n${fresh};ONG / fundación;Quito\r\n`;
    await openImport(csv);
    const existing = dialog().getByRole('row').filter({ hasText: 'FUNDACION QUIMERA' });
    await expectVisible(existing.getByText('Ya existe', { exact: true }), 'the preview marks the row of an existing organization');
    await expectVisible(dialog().getByText(/^1 fila ya está en la lista/), 'and counts it');
    await expectVisible(dialog().getByRole('radio', { name: /^Omitirlas/ }), 'skipping is offered (and chosen)');
    expect(
      await dialog()
        .getByRole('radio', { name: /^Omitirlas/ })
        .isChecked(),
    ).toBe(true);
    await screenshot(page, 'duplicates-2-import-preview');
    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 1 · Ya existían (sin cambios): 1 · Con error: 0'),
      'one created, the existing one left alone',
    );
    await dialog().getByRole('button', { name: 'Cerrar' }).click();

    // The same file again, now updating: Quimera takes the file's city; the new one is already as in the file.
    await openImport(csv);
    await expectVisible(dialog().getByText(/^2 filas ya están en la lista/), 'both rows exist now');
    await dialog()
      .getByRole('radio', { name: /^Actualizar/ })
      .check();
    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(dialog().getByText('Actualizadas con los datos del archivo: 1'), 'the summary counts the update');
    await expectVisible(dialog().getByText('Creadas: 0 · Ya existían (sin cambios): 1 · Con error: 0'), 'nothing created');
    await screenshot(page, 'duplicates-3-import-updated');
    await dialog().getByRole('button', { name: 'Cerrar' }).click();

    await page.goto('/#/Organization/org-quimera/show');
    await expectVisible(page.getByText('Santa Rosa'), "Fundación Quimera has the file's city");
    await page.goto('/#/Organization');
    await search('Buscar por nombre', 'quimera', ['Fundación Quimera']);
  });

  it('the agreement form warns about the same title and parties, and still lets staff save', async () => {
    await page.goto('/#/PartnerAgreement/create');
    await page.getByLabel(/^Título/).fill('Programa piloto de albergue - Fundacion Quimera');
    const picker = page.getByRole('combobox', { name: /^Partes/ });
    for (const [text, option] of [
      ['quimera', 'Fundación Quimera (FQ)'],
      ['migraciones', 'Organización Internacional para las Migraciones — Ecuador (OIM)'],
    ] as const) {
      await picker.click();
      await picker.fill(text);
      await page.getByRole('option', { name: option }).click();
    }
    await expectVisible(
      page.getByText('Ya existe un convenio con este título y estas partes — ¿abrirlo?'),
      'the form warns about the existing agreement',
    );
    await expectVisible(page.getByRole('link', { name: 'Abrir «Programa Piloto de Albergue — Fundación Quimera»' }), 'with a link to it');
    await expectVisible(
      page.getByText('Si es otro convenio (una renovación, por ejemplo), igual puede guardarlo.'),
      'saving stays possible',
    );
    await screenshot(page, 'duplicates-4-agreement-form');
  });
});

describe('donors see the sub-awards (9.11)', () => {
  it("USAID sees the agreements of the program it funds, read-only and without anyone's contact data", async () => {
    const donor = await app.newPage(['donor', 'ruta-donor']);
    await donor.goto('/#/PartnerAgreement');
    await expectVisible(
      donor.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Quimera' }),
      'the donor sees a sub-award USAID did not sign',
    );
    await expect.poll(() => rows(donor), { message: 'the 7 agreements of the program (and the header row)', timeout: SETTLE_MS }).toBe(8);
    expect(
      await donor.getByRole('cell', { name: 'Mecanismo conjunto de atención a víctimas en Cuenca' }).count(),
      'not the agreement outside it',
    ).toBe(0);
    await screenshot(donor, 'subawards-1-donor-list');

    await donor.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Quimera' }).click();
    await donor.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await expectVisible(donor.getByRole('link', { name: 'FQ' }), 'its parties are shown');
    expect(await donor.getByRole('link', { name: 'Editar' }).count(), 'no Editar for a donor').toBe(0);
    await donor.getByRole('link', { name: 'FQ' }).click();
    await donor.waitForURL(/#\/Organization\/org-quimera\/show/);
    await expectVisible(donor.getByText('El Oro').first(), "the party's page opens");
    expect(await donor.getByText('demo.quimera@example.org').count(), "no contact e-mail of the party's").toBe(0);
    expect(await donor.getByText('Demo contact (invented)').count(), 'no contact person').toBe(0);
    await screenshot(donor, 'subawards-2-donor-party');
    await donor.context().close();
  });
});
