import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectAccessible } from './axe.ts';
import { expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Staff importing scholarships from a sheet saved by Spanish Excel — semicolons, Windows-1252 (not
 * UTF-8: "Alegría", "Cantón" as single bytes), dates dd/mm/yyyy, amounts with a decimal comma — with
 * one row whose canton is not in its province: the preview names row and column, the valid rows go
 * to the server's batch import with a progress bar, the summary says what landed, the row to fix is
 * downloadable; the same file again writes nothing; the list filters by canton.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36).toUpperCase();
const code = (n: number) => `E2E-${run}-${String(n).padStart(4, '0')}`;

const HEADER =
  'Programa;Objetivo o actividad;Patrocinador;Organización ejecutora;Código de beneficiario;Grupo;Provincia;Cantón;Nivel educativo;Año lectivo o período;Fecha de adjudicación;Monto;Moneda;Estado';
const line = (n: number, province: string, canton: string, date: string, amount: string) =>
  `prog-ecuador-tip;6.2;Movistar Ecuador;Fe y Alegría Ecuador;${code(n)};Joven en riesgo;${province};${canton};Primaria;2008-2009;${date};${amount};USD;En curso`;
const text = [
  HEADER,
  line(1, 'Tungurahua', 'Ambato', '15/01/2009', '300,00'),
  line(2, 'Tungurahua', 'Ambato', '16/01/2009', '1.250,50'),
  line(3, 'Tungurahua', 'Ambato', '17/01/2009', '300'),
  line(4, 'Tungurahua', 'Machala', '18/01/2009', '300,00'),
].join('\r\n');
const file = { name: 'becas.csv', mimeType: 'text/csv', buffer: Buffer.from(`${text}\r\n`, 'latin1') };

beforeAll(async () => {
  page = await app.newPage(['staff', 'ruta-staff']);
});
afterAll(async () => {
  await page.context().close();
});

const dialog = () => page.getByRole('dialog');

async function openAndPick(csv: typeof file, shot?: string): Promise<void> {
  await page.goto('/#/Scholarship');
  await page.getByRole('button', { name: 'Importar CSV' }).click();
  await expectVisible(dialog().getByText('Elegir archivo CSV'), 'the import dialog opens, asking for a file');
  await dialog().locator('input[type=file]').setInputFiles(csv);
  if (shot) await screenshot(page, shot);
}

describe('scholarship CSV import (staff)', () => {
  it('is a Windows-1252 file with dd/mm/yyyy dates: the bad row is named by row and column, the others land', async () => {
    expect(file.buffer.includes(Buffer.from('Alegría', 'utf8')), 'the test file really is not UTF-8').toBe(false);
    await openAndPick(file);
    await expectVisible(dialog().getByText('3 de 4 filas son válidas'), 'the preview counts the valid rows before sending');
    const bad = dialog().getByRole('row').filter({ hasText: 'No válida' });
    expect(await bad.getByRole('cell').first().textContent(), 'the invalid row is line 5 of the file').toBe('5');
    await expectVisible(bad.getByText('Cantón: No es un cantón de la provincia elegida'), 'the row error names the column');
    await expectVisible(dialog().getByRole('cell', { name: code(1) }), 'the preview lists the rows by beneficiary code');
    await screenshot(page, 'scholarships-1-preview');

    await dialog().getByRole('button', { name: 'Importar 3 filas válidas' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 3 · Ya existían (sin cambios): 0 · Con error: 0'),
      'the summary: every valid row landed',
    );
    await expectVisible(dialog().getByText('3 de 3'), 'the progress reaches 3 of 3');
    await expectVisible(dialog().getByRole('progressbar'), 'with a progress bar');
    await screenshot(page, 'scholarships-2-done');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog().getByRole('button', { name: 'Descargar filas por corregir' }).click(),
    ]);
    const toFix = readFileSync((await download.path())!, 'utf8');
    expect(toFix, 'the rows to fix: the header, the bad row as written (accents decoded) and what is wrong').toBe(
      `\ufeff${HEADER};errores\r\n${line(4, 'Tungurahua', 'Machala', '18/01/2009', '300,00')};Cantón: No es un cantón de la provincia elegida\r\n`,
    );
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
  });

  it('importing the same file again writes nothing new', async () => {
    await openAndPick(file);
    await dialog().getByRole('button', { name: 'Importar 3 filas válidas' }).click();
    await expectVisible(
      dialog().getByText('Creadas: 0 · Ya existían (sin cambios): 3 · Con error: 0'),
      'the summary: nothing created, the three rows were there',
    );
    expect(await dialog().getByText('Ya existía', { exact: true }).count(), 'each row is marked Ya existía').toBe(3);
    await screenshot(page, 'scholarships-3-again');
    await dialog().getByRole('button', { name: 'Cerrar' }).click();
  });

  it('refuses a file with a missing column before sending anything', async () => {
    const noCanton = text
      .split('\r\n')
      .map((l) =>
        l
          .split(';')
          .filter((_, i) => i !== 7)
          .join(';'),
      )
      .join('\r\n');
    await openAndPick({ ...file, name: 'sin-canton.csv', buffer: Buffer.from(noCanton, 'latin1') }, 'scholarships-4-missing-column');
    await expectVisible(dialog().getByText(/Al archivo le faltan estas columnas: Cantón/), 'one clear error names the missing column');
    expect(
      await dialog()
        .getByRole('button', { name: /Importar \d/ })
        .isDisabled(),
      'nothing can be sent',
    ).toBe(true);
    await dialog().getByRole('button', { name: 'Cancelar' }).click();
  });

  it('lists the imported scholarships filtered by canton, with amounts from the decimal comma', async () => {
    await page.goto(`/#/Scholarship?filter=${encodeURIComponent(JSON.stringify({ cantonCode: '1801' }))}`);
    await expect
      .poll(() => page.getByRole('row').filter({ hasText: run }).count(), {
        message: 'the canton filter lists the three imported scholarships of Ambato',
        timeout: SETTLE_MS,
      })
      .toBe(3);
    expect(await page.getByRole('row').filter({ hasText: 'Machala' }).count(), 'no scholarship of another canton').toBe(0);
    await expectVisible(
      page
        .getByRole('row')
        .filter({ hasText: code(2) })
        .getByText(/1\.250,50/),
      '1.250,50 read as 1250.50 USD',
    );
    await screenshot(page, 'scholarships-5-list-canton');
  });

  it("the team's dashboard shows scholarships by canton and sponsor, the imported ones included", async () => {
    await page.goto('/#/');
    const tile = page.getByTestId('scholarship-tallies');
    await expectVisible(tile, 'the scholarships-by-canton tile');
    // The demo's batches (Movistar's 216 in Quito with INFA's 4, 80 in Machala, 80 in Lago Agrio) and Ambato's 3 imported above.
    await expectVisible(
      tile.getByRole('row', { name: /^Quito\s*Pichincha\s*Movistar Ecuador: 216 · Instituto Nacional de la Niñez y la Familia: 4\s*220$/ }),
      'Quito: 216 by Movistar and 4 by INFA, 220 in all',
    );
    await expectVisible(tile.getByRole('row', { name: /^Machala\s*El Oro\s*Movistar Ecuador: 80\s*80$/ }), 'Machala: 80 by Movistar');
    await expectVisible(tile.getByRole('row', { name: /^Ambato\s*Tungurahua\s*Movistar Ecuador: 3\s*3$/ }), 'Ambato: the 3 rows imported');
    await expectVisible(tile.getByRole('columnheader', { name: 'Por patrocinador' }), 'the sponsors in words, not only in colours');
    await tile.scrollIntoViewIfNeeded();
    await screenshot(page, 'scholarships-6-dashboard');
    await expectAccessible(page, 'the dashboard with the scholarships tile');
  });
});
