import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { choose, expectVisible, SETTLE_MS, screenshot } from './browser.ts';

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
    const card = page
      .getByRole('region', { name: 'Combating Trafficking in Persons in Ecuador' })
      .or(page.locator('[aria-label="Combating Trafficking in Persons in Ecuador"]'));
    // The first screen after sign-in: the report aggregates are read cold, hence the longer wait.
    await expectVisible(card.getByText('727.272,00 US$').first(), 'the program card shows the direct costs', 30_000);
    await expectVisible(card.getByText('72.727,20 US$'), 'the program card shows the 10 % administrative fee');
    await expectVisible(card.getByText('799.999,20 US$'), 'the program card shows the total cost');
    await expectVisible(card.getByText('800.000,00 US$'), 'the program card shows the declared total');
    await screenshot(page, 'report-1-donor-dashboard');
  });

  it('picks a quarter and sees the table laid out like the donor report, and both charts', async () => {
    await page.getByRole('menuitem', { name: 'Resultados' }).click();
    await page.waitForURL(/#\/reports\/results/);
    const table = page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' });
    await expectVisible(table, 'the results page shows the results-by-objective table');
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Período/ }).textContent(), {
        message: 'the program ended in 2009: the report opens on the whole program',
        timeout: SETTLE_MS,
      })
      .toBe('Todo el programa');

    // An early quarter: nothing spent yet, and the table says so rather than hiding the rows.
    await choose(page, /^Período/, 'T1 2007 (ene – mar)');
    await expect
      .poll(() => page.url(), { message: 'the chosen quarter is in the address', timeout: SETTLE_MS })
      .toContain('from=2007-01-01');
    await expectVisible(page.getByText('Del 1 de enero de 2007 al 31 de marzo de 2007'), "the report names the quarter's dates");
    await expectVisible(table.getByRole('row', { name: /^Total\s*0,00 US\$/ }), 'nothing was spent in early 2007: the total is 0,00');
    await expectVisible(table.getByRole('cell', { name: /^1\. Strengthening of the IIC/ }), 'objectives without spending keep their rows');

    await choose(page, /^Período/, 'T3 2009 (jul)');
    await expectVisible(
      page.getByText('Del 1 de julio de 2009 al 31 de julio de 2009'),
      "the report names July 2009, the program's last month",
    );
    const expected: [role: 'cell' | 'row', name: string | RegExp, what: string][] = [
      ['cell', /^1\. Strengthening of the IIC/, "objective 1's row"],
      ['cell', '47.957,00 US$', "objective 1's cost"],
      ['cell', '179.197,00 US$', "objective 2's cost"],
      ['cell', /^5\.1 Support direct assistance/, "activity 5.1's row"],
      ['cell', '385 %', 'activity 5.1 achieved: 154 victims reintegrated against a goal of 40'],
      ['cell', /Call and Live media campaign/, 'the media campaign, a cost outside the objectives'],
      ['row', /Subtotal \(costos directos\)\s*727\.272,00 US\$/, 'the direct costs subtotal'],
      ['row', /Tasa administrativa \(10 %\)\s*72\.727,20 US\$/, 'the 10 % administrative fee'],
      ['row', /^Total\s*799\.999,20 US\$/, 'the total'],
      // The difference to the declared USD 800,000 is shown as it is, not rounded away.
      ['row', /Diferencia \(total declarado − total\)\s*0,80 US\$/, 'the 0,80 difference to the declared total'],
    ];
    for (const [role, name, what] of expected) await expectVisible(table.getByRole(role, { name }), `the July 2009 table shows ${what}`);

    const plannedExecuted = page.getByRole('img', { name: /Planificado y ejecutado por objetivo/ });
    const costShare = page.getByRole('img', { name: /Costo por objetivo/ });
    await expectVisible(plannedExecuted, 'the planned-and-executed chart is drawn');
    await expectVisible(costShare, 'the cost-share chart is drawn');
    expect(await plannedExecuted.locator('[data-objective]').count(), 'a bar group per objective and the campaign').toBe(7);
    expect(await costShare.locator('[data-objective]').count(), 'a slice per objective and the campaign').toBe(7);
    expect(await costShare.textContent(), "objective 2's share of the direct costs").toMatch(/24,6\s%/);
    await screenshot(page, 'report-2-table');
    await plannedExecuted.scrollIntoViewIfNeeded();
    await screenshot(page, 'report-3-charts');
  });

  it('exports the table as CSV in Spanish: one line per indicator, then the costs outside the objectives and the totals', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    expect(download.suggestedFilename(), 'the file is named after the program and period').toBe(
      'results-report_prog-ecuador-tip_2009-07-01_2009-07-31.csv',
    );
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\ufeff'), 'a UTF-8 BOM, so Excel reads the accents').toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines[0], 'the header row, in Spanish, separated by semicolons').toBe(
      'Código;Nivel;Objetivo, actividad o costo;Indicador;Unidad;Planificado;Ejecutado;% logrado;Observaciones;' +
        'Actividades pendientes de revisión;Presupuesto planificado (USD);Costo en el período (USD)',
    );
    const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';
    expect(line('1;Objetivo específico;')).toContain('Strengthening of the IIC');
    expect(line('1;Objetivo específico;'), "objective 1's planned budget and cost, in dollars").toMatch(/;47957;47957$/);
    const victims = lines.find((l) => l.includes(';Victims reintegrated through the Shelter Pilot Program;')) ?? '';
    expect(victims, 'activity 5.1: 154 victims reintegrated against a goal of 40, on a line of its own').toMatch(
      /^5\.1;Actividad;Support direct assistance[^;]*;Victims reintegrated through the Shelter Pilot Program;Número;40;154;385;/,
    );
    expect(line(';Costo fuera de los objetivos;')).toMatch(/;Call and Live media campaign \(CIESPAL\);.*;69913;69913$/);
    expect(line(';;Subtotal (costos directos);')).toMatch(/;727272$/);
    expect(line(';;Tasa administrativa'), 'decimal commas, no thousands separators').toMatch(/;72727,2$/);
    expect(line(';;Total;')).toMatch(/;799999,2$/);
    expect(line(';;Total declarado del programa;')).toMatch(/;800000$/);
    expect(line(';;Diferencia (total declarado − total);')).toMatch(/;0,8$/);
  });

  it("shows, beside the approved figures, the partners' activities pending review per objective, and exports them", async () => {
    // The demo data has one activity of the shelter's partners submitted and not reviewed in Q4 2008, under activity 2.3.
    await page.goto('/#/reports/results');
    await choose(page, /^Período/, 'T4 2008 (oct – dic)');
    const table = page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' });
    await expectVisible(table.getByRole('columnheader', { name: 'Pendientes de revisión' }), 'the table has a pending-review column');
    const rowOf = (code: RegExp) => table.getByRole('row').filter({ has: page.getByRole('cell', { name: code }) });
    await expectVisible(
      rowOf(/^2\.3 /).getByRole('cell', { name: '1 actividad pendiente de revisión' }),
      'activity 2.3 shows its one activity pending review',
    );
    await expectVisible(
      rowOf(/^2\. /).getByRole('cell', { name: '1 actividad pendiente de revisión' }),
      'objective 2 counts the pending activity of its activity 2.3',
    );
    await expectVisible(
      rowOf(/^1\. Strengthening of the IIC/).getByRole('cell', { name: '0 actividades pendientes de revisión' }),
      'objective 1 has none pending',
    );
    await expectVisible(
      page.getByText(/Lo ejecutado cuenta solo las actividades de los socios ya aprobadas/),
      'the table says what counts',
    );
    await screenshot(page, 'report-6-pending-review');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .slice(1)
      .trimEnd()
      .split('\r\n');
    const column = lines[0]!.split(';').indexOf('Actividades pendientes de revisión');
    expect(column, 'the CSV has the pending-review column').toBeGreaterThan(0);
    const pendingOf = (code: string) => lines.find((l) => l.startsWith(`${code};`))?.split(';')[column];
    expect(pendingOf('2.3'), 'activity 2.3: one pending in the CSV').toBe('1');
    expect(pendingOf('2'), 'objective 2: one pending in the CSV').toBe('1');
  });

  it('prints a clean document: no menu, no app bar, no controls', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('menuitem', { name: 'Resultados' }).isVisible(), 'printed: no menu').toBe(false);
    expect(await page.locator('header.MuiAppBar-root').isVisible(), 'printed: no app bar').toBe(false);
    expect(await page.getByRole('button', { name: 'Imprimir' }).isVisible(), 'printed: no print button').toBe(false);
    expect(await page.getByRole('combobox', { name: /^Período/ }).isVisible(), 'printed: no period picker').toBe(false);
    expect(
      await page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' }).isVisible(),
      'printed: the table',
    ).toBe(true);
    expect(await page.getByRole('img', { name: /Costo por objetivo/ }).isVisible(), 'printed: the cost chart').toBe(true);
    await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
    await screenshot(page, 'report-4-print');
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString(), 'the print is a PDF').toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1400, height: 1000 });
    expect(await page.locator('header.MuiAppBar-root').isVisible(), 'back on screen: the app bar').toBe(true);
  });

  it('reads the framework but cannot change it, nor programs, organizations or agreements', async () => {
    await page.goto('/#/Program/prog-ecuador-tip/framework');
    await expectVisible(page.getByRole('heading', { name: /^1\.1 Work with the appropriate/ }), 'the donor reads the framework tree');
    await expectVisible(
      page.getByText('Solo lectura: el equipo del programa mantiene el marco al día.'),
      'the framework says it is read-only',
    );
    expect(await page.getByRole('button', { name: 'Agregar indicador' }).count(), 'no button adds an indicator').toBe(0);
    expect(await page.getByRole('button', { name: 'Registrar gasto' }).count(), 'no button records an expenditure').toBe(0);
    expect(await page.getByRole('table', { name: 'Gastos' }).count(), 'spending detail stays with the program team').toBe(0);
    await screenshot(page, 'report-5-donor-framework');

    await page.goto('/#/Program/prog-ecuador-tip/show');
    await expectVisible(page.getByText('Cooperative Agreement 518-A-00-06-00077-00'), 'the donor reads the program');
    expect(await page.getByRole('link', { name: 'Editar' }).count(), 'the program has no Editar for a donor').toBe(0);
    await page.goto('/#/Program');
    await expectVisible(
      page.getByRole('cell', { name: 'Combating Trafficking in Persons in Ecuador' }),
      'the donor reads the programs list',
    );
    expect(await page.getByRole('link', { name: 'Crear' }).count(), 'the programs list has no Crear for a donor').toBe(0);

    await page.goto('/#/Organization/org-usaid/show');
    await expectVisible(page.getByText('USAID/Ecuador').first(), 'the donor reads an organization');
    expect(await page.getByRole('link', { name: 'Editar' }).count(), 'the organization has no Editar for a donor').toBe(0);
    expect(await page.getByRole('button', { name: 'Eliminar' }).count(), 'the organization has no Eliminar for a donor').toBe(0);
    await page.goto('/#/PartnerAgreement');
    await expectVisible(
      page.getByRole('cell', { name: 'Cooperative Agreement 518-A-00-06-00077-00' }),
      'the donor reads the agreements it signed',
    );
    expect(await page.getByRole('link', { name: 'Crear' }).count(), 'the agreements list has no Crear for a donor').toBe(0);
  });
});
