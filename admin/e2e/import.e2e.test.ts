import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { screenshot } from './browser.ts';

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
    '\ufeffNombre;Sigla;Tipo;Ciudad;Notas\r\n'
    + `${prefix} Uno;IU;ONG / fundación;Quito;"Casa de acogida; 20 plazas"\r\n`
    + ';SN;Empresa;Quito;sin nombre\r\n'
    + `${prefix} Dos;ID;LOCAL_GOVERNMENT;Cuenca;\r\n`,
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
  await dialog().getByText('Elegir archivo CSV').waitFor();
  if (screenshotName) await screenshot(page, screenshotName);
  await dialog().locator('input[type=file]').setInputFiles(csv);
}

async function searchImported(count: number): Promise<void> {
  await page.goto('/#/Organization');
  await page.getByPlaceholder('Buscar por nombre').fill(prefix);
  await expect.poll(() => page.getByRole('row').count(), { timeout: 15_000 }).toBe(count + 1); // + header
}

let toFix = '';

describe('organization CSV import (staff)', () => {
  it('shows the invalid row before sending and imports the valid ones', async () => {
    await openAndPick(file, 'import-0-dialog');
    await dialog().getByText('2 de 3 filas son válidas').waitFor();
    const bad = dialog().getByRole('row').filter({ hasText: 'No válida' });
    expect(await bad.getByRole('cell').first().textContent()).toBe('3');
    await bad.getByText('Nombre: Obligatorio').waitFor();
    await screenshot(page, 'import-1-preview');

    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await dialog().getByText('Creadas: 2 · Ya existían (sin cambios): 0 · Con error: 0').waitFor();
    await dialog().getByText('2 de 2').waitFor();
    expect(await dialog().getByText('Creada', { exact: true }).count()).toBe(2);
    await screenshot(page, 'import-2-done');

    // The rows to fix come back as the file came (BOM, semicolons, its columns), with what is wrong.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: 'Descargar filas por corregir' }).click(),
    ]);
    toFix = readFileSync((await download.path())!, 'utf8');
    expect(toFix).toBe('\ufeffNombre;Sigla;Tipo;Ciudad;Notas;errores\r\n;SN;Empresa;Quito;sin nombre;Nombre: Obligatorio\r\n');

    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(2);
    await page.getByRole('cell', { name: `${prefix} Uno` }).waitFor();
    await page.getByRole('cell', { name: `${prefix} Dos` }).waitFor();
    await screenshot(page, 'import-3-list');
  });

  it('importing the same file again creates no duplicates', async () => {
    await openAndPick();
    await dialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await dialog().getByText('Creadas: 0 · Ya existían (sin cambios): 2 · Con error: 0').waitFor();
    expect(await dialog().getByText('Ya existía', { exact: true }).count()).toBe(2);
    await screenshot(page, 'import-4-again');
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(2);
  });

  it('imports the fixed file of rows to fix', async () => {
    const fixed = toFix.replace('\r\n;SN;', `\r\n${prefix} Tres;SN;`);
    await openAndPick({ ...file, name: 'filas-por-corregir.csv', buffer: Buffer.from(fixed, 'utf8') });
    await dialog().getByText('Columnas que no se importan: errores').waitFor();
    await dialog().getByRole('button', { name: 'Importar 1 fila válida' }).click();
    await dialog().getByText('Creadas: 1 · Ya existían (sin cambios): 0 · Con error: 0').waitFor();
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
    await searchImported(3);
    await page.getByRole('cell', { name: 'Empresa' }).waitFor();
  });

  it('is not offered to roles that cannot create organizations', async () => {
    const partner = await app.newPage(['partner', 'ruta-partner']);
    await partner.goto('/#/Organization');
    await partner.getByRole('cell', { name: 'Fundación Quimera' }).waitFor();
    await partner.getByRole('button', { name: 'Exportar' }).waitFor();
    expect(await partner.getByRole('button', { name: 'Importar CSV' }).count()).toBe(0);
    await partner.context().close();
  });
});
