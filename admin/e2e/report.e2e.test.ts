import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, screenshot } from './browser.ts';

/**
 * The donor's report, end to end: USAID signs in, sees its program's headline figures, opens the
 * results report, picks a quarter, reads the table and both charts, exports the CSV and prints.
 * The demo data records the Ecuador program's costs in its last month (July 2009).
 */
const app = useApp();
let page: Page;

beforeAll(async () => {
  page = await app.newPage(['donor', 'ruta-donor']);
});

describe('donor (USAID)', () => {
  it('lands on its program with the headline figures', async () => {
    const card = page.getByRole('region', { name: 'Combating Trafficking in Persons in Ecuador' })
      .or(page.locator('[aria-label="Combating Trafficking in Persons in Ecuador"]'));
    await card.getByText('727.272,00 US$').first().waitFor({ timeout: 30_000 });
    await card.getByText('72.727,20 US$').waitFor(); // 10 % fee
    await card.getByText('799.999,20 US$').waitFor();
    await card.getByText('800.000,00 US$').waitFor();
    await screenshot(page, 'report-1-donor-dashboard');
  });

  it('picks a quarter and sees the table laid out like the donor report, and both charts', async () => {
    await page.getByRole('menuitem', { name: 'Resultados' }).click();
    await page.waitForURL(/#\/reports\/results/);
    await page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' }).waitFor();

    // An early quarter: nothing spent yet, and the table says so rather than hiding the rows.
    await choose(page, /^Período/, 'T1 2007 (ene – mar)');
    await expect.poll(() => page.url()).toContain('from=2007-01-01');
    await page.getByText('Del 1 de enero de 2007 al 31 de marzo de 2007').waitFor();
    const table = page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' });
    await table.getByRole('row', { name: /^Total\s*0,00 US\$/ }).waitFor();

    await choose(page, /^Período/, 'T3 2009 (jul)');
    await page.getByText('Del 1 de julio de 2009 al 31 de julio de 2009').waitFor();
    await table.getByRole('cell', { name: /^1\. Strengthening of the IIC/ }).waitFor();
    await table.getByRole('cell', { name: '47.957,00 US$' }).waitFor();
    await table.getByRole('cell', { name: '179.197,00 US$' }).waitFor();
    await table.getByRole('cell', { name: /^5\.1 Support direct assistance/ }).waitFor();
    await table.getByRole('cell', { name: '385 %' }).waitFor(); // 154 victims reintegrated against a goal of 40
    await table.getByRole('cell', { name: /Call and Live media campaign/ }).waitFor();
    await table.getByRole('row', { name: /Subtotal \(costos directos\)\s*727\.272,00 US\$/ }).waitFor();
    await table.getByRole('row', { name: /Tasa administrativa \(10 %\)\s*72\.727,20 US\$/ }).waitFor();
    await table.getByRole('row', { name: /^Total\s*799\.999,20 US\$/ }).waitFor();
    // The difference to the declared USD 800,000 is shown as it is, not rounded away.
    await table.getByRole('row', { name: /Diferencia \(total declarado − total\)\s*0,80 US\$/ }).waitFor();

    const plannedExecuted = page.getByRole('img', { name: /Planificado y ejecutado por objetivo/ });
    const costShare = page.getByRole('img', { name: /Costo por objetivo/ });
    await plannedExecuted.waitFor();
    await costShare.waitFor();
    expect(await plannedExecuted.locator('[data-objective]').count()).toBe(7); // six objectives and the campaign
    expect(await costShare.locator('[data-objective]').count()).toBe(7);
    expect(await costShare.textContent()).toMatch(/24,6\s%/); // objective 2's share of the direct costs
    await screenshot(page, 'report-2-table');
    await plannedExecuted.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-3-charts');
  });

  it('exports the table as CSV with the objective rows and the totals', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Exportar CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('results-report_prog-ecuador-tip_2009-07-01_2009-07-31.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('code,level,title,planned,executed,achieved,observations,plannedCost,cost');
    const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
    expect(line('1,SPECIFIC,')).toContain('Strengthening of the IIC');
    expect(line('1,SPECIFIC,')).toMatch(/,47957,47957$/);
    expect(line('5.1,ACTIVITY,')).toContain('Victims reintegrated through the Shelter Pilot Program: 154');
    expect(line(',OTHER_COST,')).toMatch(/Call and Live media campaign \(CIESPAL\),.*,69913,69913$/);
    expect(line(',SUBTOTAL,')).toMatch(/,727272$/);
    expect(line(',ADMIN_FEE,')).toMatch(/,72727\.2$/);
    expect(line(',TOTAL,')).toMatch(/,799999\.2$/);
    expect(line(',DECLARED_TOTAL,')).toMatch(/,800000$/);
    expect(line(',DIFFERENCE,')).toMatch(/,0\.8$/);
  });

  it('prints a clean document: no menu, no app bar, no controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('menuitem', { name: 'Resultados' }).isVisible()).toBe(false);
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimir' }).isVisible()).toBe(false);
    expect(await page.getByRole('combobox', { name: /^Período/ }).isVisible()).toBe(false);
    expect(await page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' }).isVisible()).toBe(true);
    expect(await page.getByRole('img', { name: /Costo por objetivo/ }).isVisible()).toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await screenshot(page, 'report-4-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(await page.locator('header.MuiAppBar-root').isVisible()).toBe(true);
  });

  it('reads the framework but cannot change it, nor programs, organizations or agreements', async () => {
    await page.goto('/#/Program/prog-ecuador-tip/framework');
    await page.getByRole('treeitem', { name: /^1\.1 Work with the appropriate/ }).waitFor();
    await page.getByText('Solo lectura: el equipo del programa mantiene el marco al día.').waitFor();
    expect(await page.getByRole('button', { name: 'Agregar indicador' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Registrar gasto' }).count()).toBe(0);
    expect(await page.getByRole('table', { name: 'Gastos' }).count()).toBe(0); // spending detail stays with the program team
    await screenshot(page, 'report-5-donor-framework');

    await page.goto('/#/Program/prog-ecuador-tip/show');
    await page.getByText('Cooperative Agreement 518-A-00-06-00077-00').waitFor();
    expect(await page.getByRole('link', { name: 'Editar' }).count()).toBe(0);
    await page.goto('/#/Program');
    await page.getByRole('cell', { name: 'Combating Trafficking in Persons in Ecuador' }).waitFor();
    expect(await page.getByRole('link', { name: 'Crear' }).count()).toBe(0);

    await page.goto('/#/Organization/org-usaid/show');
    await page.getByText('USAID/Ecuador').first().waitFor();
    expect(await page.getByRole('link', { name: 'Editar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Eliminar' }).count()).toBe(0);
    await page.goto('/#/PartnerAgreement');
    await page.getByRole('cell', { name: 'Cooperative Agreement 518-A-00-06-00077-00' }).waitFor();
    expect(await page.getByRole('link', { name: 'Crear' }).count()).toBe(0);
  });
});
