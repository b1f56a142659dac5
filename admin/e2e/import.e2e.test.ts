import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Staff importing organizations from a spreadsheet saved by Spanish Excel (BOM, semicolons,
 * Spanish headers and kind labels): one bad row is caught before sending, the good ones are
 * created, and importing the same file again creates nothing.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);
const prefix = `Importada ${run}`;

const file = {
  name: 'organizaciones.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(
    '\ufeffNombre;Sigla;Tipo;Ciudad;Notas\r\n' +
      `${prefix} Uno;IU;ONG / fundación;Quito;"Casa de acogida; 20 plazas"\r\n` +
      ';SN;Empresa;Quito;sin nombre\r\n' +
      `${prefix} Dos;ID;LOCAL_GOVERNMENT;Cuenca;\r\n`,
    'utf8',
  ),
};

beforeAll(async () => {
  page = await app.newPage(['staff', 'ruta-staff']);
});
afterAll(async () => {
  await page.context().close();
});

const dialog = () => page.getByRole('dialog');

async function openAndPick(csv: typeof file = file, screenshotName?: string): Promise<void> {
  await page.goto('/#/Organization');
  await page.getByRole('button', { name: 'Importar CSV' }).click();
  await expectVisible(dialog().getByText('Elegir archivo CSV'), 'the import dialog opens, asking for a file');
  if (screenshotName) await screenshot(page, screenshotName);
  await dialog().locator('input[type=file]').setInputFiles(csv);
}

async function searchImported(count: number): Promise<void> {
  await page.goto('/#/Organization');
  await page.getByPlaceholder('Buscar por nombre').fill(prefix);
  await expect
    .poll(() => page.getByRole('row').count(), {
      message: `searching the run's prefix lists the ${count} imported organizations (and the header row)`,
      timeout: SETTLE_MS,
    })
    .toBe(count + 1);
}

let toFix = '';

describe('organization CSV import (staff)', () => {
  it('shows the invalid row before sending and imports the valid ones', async () => {
    await openAndPick(file, 'import-0-dialog');
    await expectVisible(dialog().getByText('2 de 3 filas son válidas'), 'the preview counts the valid rows before sending');
    const bad = dialog().getByRole('row').filter({ hasText: 'No válida' });
    expect(await bad.getByRole('cell').first().textContent(), 'the invalid row is line 3 of the file').toBe('3');
    await expectVisible(bad.getByText('Nombre: Obligatorio'), 'the invalid row says what is wrong: no name');
    await screenshot(page, 'import-1-preview');

    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 2 · Ya existían (sin cambios): 0 · Con error: 0'),
      'the summary: both valid rows created',
    );
    await expectVisible(dialog().getByText('2 de 2'), 'the progress reaches 2 of 2');
    expect(await dialog().getByText('Creada', { exact: true }).count(), 'each valid row is marked Creada').toBe(2);
    await screenshot(page, 'import-2-done');

    // The rows to fix come back as the file came (BOM, semicolons, its columns), with what is wrong.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: 'Descargar filas por corregir' }).click(),
    ]);
    toFix = readFileSync((await download.path())!, 'utf8');
    expect(toFix, "the rows to fix keep the file's encoding, separator and columns, plus the errors").toBe(
      '\ufeffNombre;Sigla;Tipo;Ciudad;Notas;errores\r\n;SN;Empresa;Quito;sin nombre;Nombre: Obligatorio\r\n',
    );

    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(2);
    await expectVisible(page.getByRole('cell', { name: `${prefix} Uno` }), 'the first valid row is an organization');
    await expectVisible(page.getByRole('cell', { name: `${prefix} Dos` }), 'the second valid row is an organization');
    await screenshot(page, 'import-3-list');
  });

  it('importing the same file again creates no duplicates', async () => {
    await openAndPick();
    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 0 · Ya existían (sin cambios): 2 · Con error: 0'),
      'the summary: nothing created, both rows existed',
    );
    expect(await dialog().getByText('Ya existía', { exact: true }).count(), 'each row is marked Ya existía').toBe(2);
    await screenshot(page, 'import-4-again');
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(2);
  });

  it('imports the fixed file of rows to fix', async () => {
    const fixed = toFix.replace('\r\n;SN;', `\r\n${prefix} Tres;SN;`);
    await openAndPick({ ...file, name: 'filas-por-corregir.csv', buffer: Buffer.from(fixed, 'utf8') });
    await expectVisible(dialog().getByText('Columnas que no se importan: errores'), 'the preview names the errors column as not imported');
    await dialog().getByRole('button', { name: 'Importar 1 fila válida' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 1 · Ya existían (sin cambios): 0 · Con error: 0'),
      'the summary: the fixed row created',
    );
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(3);
    await expectVisible(page.getByRole('cell', { name: `${prefix} Tres` }), 'the fixed row is an organization');
    await expectVisible(page.getByRole('cell', { name: 'Empresa' }), 'with the kind the file gave it (Empresa)');
  });

  it('is not offered to roles that cannot create organizations', async () => {
    const partner = await app.newPage(['partner', 'ruta-partner']);
    await partner.goto('/#/Organization');
    await expectVisible(partner.getByRole('cell', { name: 'Fundación Quimera' }), 'the partner reads the organizations list');
    await expectVisible(partner.getByRole('button', { name: 'Exportar' }), "the list's toolbar is there (Exportar)");
    expect(await partner.getByRole('button', { name: 'Importar CSV' }).count(), 'the toolbar has no Importar CSV for a partner').toBe(0);
    await partner.context().close();
  });
});
