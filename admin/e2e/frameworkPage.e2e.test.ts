import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { SETTLE_MS, expectVisible, screenshot } from './browser.ts';

/**
 * The framework page as a real program's team works it: the program total as the results report
 * counts it, collapse and expand all, an outline of headings walked with the arrow keys, one actions menu per node and
 * per row, correcting an expenditure (the report moves by the difference), and a node's history.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);
const PROGRAM = 'prog-ecuador-tip';
const FRAMEWORK = `/#/Program/${PROGRAM}/framework`;
// The whole program (functions/seed/ecuadorProgram.ts): the framework's figures are whole-program figures.
const REPORT = `/#/reports/results?program=${PROGRAM}&from=2006-10-01&to=2009-07-31`;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A node's heading, named by its code and title. */
const node = (code: string) => page.getByRole('heading', { name: new RegExp(`^${escapeRe(code)} `) });
/** The button in a node's heading that opens and closes it. */
const toggleOf = (code: string) => node(code).getByRole('button');
/** The node's own part (heading, tables), without its children. */
const own = (code: string): Locator => page.locator(`[data-objective="${code}"]`);
const dialog = () => page.getByRole('dialog');
const totals = () => page.getByRole('table', { name: /^Total del programa, planificado y ejecutado/ });
const expenditures = () => page.getByRole('table', { name: 'Gastos' });

/** "727.272,00 US$" → 727272 (es-EC: dot groups thousands, comma before the cents). */
function money(text: string | null): number {
  const match = text?.match(/-?[\d.]+,\d{2}/g);
  if (!match) throw new Error(`no amount in ${JSON.stringify(text)}`);
  return Number(match[match.length - 1]!.replace(/\./g, '').replace(',', '.'));
}

/** The amounts of a totals row, [planned, executed], once the report's executed column is there. */
async function totalsRow(name: RegExp): Promise<number[]> {
  const row = totals().getByRole('row', { name });
  await expectVisible(row, `the program totals have the row ${name}`);
  await expect
    .poll(() => row.getByRole('cell').count(), { message: `the row ${name} shows planned and executed`, timeout: SETTLE_MS })
    .toBe(2);
  return Promise.all((await row.getByRole('cell').all()).map(async (c) => money(await c.textContent())));
}

/** The whole-program report's direct-cost subtotal, as the report page shows it. */
async function reportSubtotal(): Promise<number> {
  await page.goto(REPORT);
  const row = page
    .getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' })
    .getByRole('row', { name: /Subtotal \(costos directos\)/ });
  await expectVisible(row, 'the report shows its direct-cost subtotal', 30_000);
  return money(await row.textContent());
}

async function openFramework(): Promise<void> {
  await page.goto(FRAMEWORK);
  await expectVisible(own('1.1'), 'the framework shows activity 1.1', 30_000);
}

/** The id, role and accessible label of the focused element. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      id: el?.id ?? '',
      role: el?.getAttribute('role') ?? el?.tagName.toLowerCase() ?? '',
      label: el?.getAttribute('aria-label') ?? '',
    };
  });

/** The amount cell of an expenditure row (date, line, objective, amount, description). */
const amountOf = (row: Locator) => row.getByRole('cell').nth(3).textContent();

/** Chooses an action in a table row's actions menu. */
async function rowAction(row: Locator, action: string): Promise<void> {
  await row.getByRole('button', { name: /^Acciones (de|del) / }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

describe('staff', () => {
  beforeAll(async () => {
    page = await app.newPage(['staff', 'ruta-staff']);
  });
  afterAll(async () => page.context().close());

  it("shows the program's total as the report counts it, the lines outside the objectives included", async () => {
    await openFramework();
    const [objectivesPlanned, objectivesExecuted] = await totalsRow(/^Objetivos \(objetivo general\)/);
    const [outsidePlanned, outsideExecuted] = await totalsRow(/^Costos fuera de los objetivos/);
    const [programPlanned, programExecuted] = await totalsRow(/^Total del programa \(costos directos\)/);
    expect(outsideExecuted, 'the seed has a cost outside the objectives (the media campaign)').toBeGreaterThan(0);
    expect(programExecuted, 'the program total is the objectives plus the costs outside them').toBeCloseTo(
      objectivesExecuted! + outsideExecuted!,
      2,
    );
    expect(programPlanned).toBeCloseTo(objectivesPlanned! + outsidePlanned!, 2);
    // The overall objective's own figure is the objectives' part, and says so.
    const overall = await own('0').locator('.node-heading').textContent();
    expect(money(overall?.match(/ejecutado [\d.,]+/)?.[0] ?? null), "objective 0's executed is the objectives' part").toBeCloseTo(
      objectivesExecuted!,
      2,
    );
    expect(overall, 'objective 0 says it leaves out the costs outside the objectives').toContain('sin los costos fuera de los objetivos');
    await totals().scrollIntoViewIfNeeded();
    await screenshot(page, 'frameworkPage-1-program-total');

    expect(await reportSubtotal(), "the framework's program total is the report's direct-cost subtotal").toBeCloseTo(programExecuted!, 2);
  });

  it('collapses all and expands all', async () => {
    await openFramework();
    await page.getByRole('button', { name: 'Contraer todo' }).click();
    await expect.poll(() => node('1.1').count(), { message: 'collapsed: activity 1.1 is hidden', timeout: SETTLE_MS }).toBe(0);
    expect(await toggleOf('0').getAttribute('aria-expanded'), 'collapsed: the overall objective says it is closed').toBe('false');
    expect(await page.getByRole('table', { name: 'Indicadores' }).count(), 'collapsed: no indicator table is shown').toBe(0);
    await screenshot(page, 'frameworkPage-2-collapsed');
    await page.getByRole('button', { name: 'Expandir todo' }).click();
    await expectVisible(node('1.1'), 'expanded: activity 1.1 is back');
    await expectVisible(own('5.1').getByRole('table', { name: 'Indicadores' }), "expanded: activity 5.1's indicators are back");
    expect(
      await page.locator('ul[aria-label="Marco de resultados"] button[aria-expanded="false"]').count(),
      'expanded: no node is closed',
    ).toBe(0);
  });

  it('is a list of headings walked with the arrow keys, and a node menu opens and works by keyboard', async () => {
    await openFramework();
    // In the tab order inside the framework: per node its heading's button and its actions, per table row its actions; nothing else.
    const stops = await page.evaluate(() => {
      const outline = document.querySelector('ul[aria-label="Marco de resultados"]')!;
      const focusable = [...outline.querySelectorAll<HTMLElement>('button, a[href], input, [tabindex]')].filter(
        (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled,
      );
      const headings = focusable.filter((el) => el.hasAttribute('aria-expanded') && el.closest('h3, h4, h5, h6'));
      const menus = focusable.filter((el) => el.getAttribute('aria-haspopup') === 'menu');
      const rows = outline.querySelectorAll('tbody tr').length;
      return { all: focusable.length, headings: headings.length, menus: menus.length, rows };
    });
    expect(stops.headings, 'every node has a heading button').toBe(await page.locator('[data-objective]').count());
    expect(stops.menus, 'one actions menu per node and per table row').toBe(stops.headings + stops.rows);
    expect(stops.all, `tab stops in the framework (${JSON.stringify(stops)}): only those`).toBe(stops.headings + stops.menus);

    await page.getByRole('button', { name: 'Contraer todo' }).focus();
    await page.keyboard.press('Tab');
    expect((await focused()).id, "Tab reaches the overall objective's heading").toBe('framework-node-0');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).id, '↓ moves to objective 1').toBe('framework-node-1');
    await page.keyboard.press('ArrowRight');
    expect((await focused()).id, '→ on an open objective enters its first activity').toBe('framework-node-1.1');
    await page.keyboard.press('ArrowLeft');
    expect(await toggleOf('1.1').getAttribute('aria-expanded'), '← closes activity 1.1').toBe('false');
    await page.keyboard.press('ArrowLeft');
    expect((await focused()).id, '← on a closed activity goes to its objective').toBe('framework-node-1');
    await page.keyboard.press('End');
    const last = (await focused()).id;
    expect(last, 'End goes to the last visible item').toMatch(/^framework-node-6/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    expect((await focused()).id, 'Home then ↓ is objective 1 again').toBe('framework-node-1');

    await page.keyboard.press('Tab');
    const button = await focused();
    expect(button.label, "Tab reaches the objective's actions, named with its code and title").toMatch(
      /^Acciones de 1 Strengthening of the IIC/,
    );
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: /^Acciones de 1 / });
    await expectVisible(menu, 'Enter opens the actions menu');
    const items = await menu.getByRole('menuitem').allTextContents();
    expect(items, "objective 1's menu").toEqual([
      'Editar',
      'Agregar actividad',
      'Agregar indicador',
      'Agregar línea de presupuesto',
      'Observación',
      'Historial',
    ]);
    expect((await focused()).role, 'the menu has the focus').toBe('menuitem');
    await screenshot(page, 'frameworkPage-3-node-menu');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expectVisible(dialog().getByText('Nuevo indicador'), 'the third item (Agregar indicador) opens its dialog');
    expect(
      await dialog()
        .getByLabel(/^Objetivo/)
        .inputValue(),
      'for objective 1',
    ).toBe('1');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog().count(), { message: 'Escape closes the dialog', timeout: SETTLE_MS }).toBe(0);
    await expect
      .poll(async () => (await focused()).label, { message: 'focus is back on the menu button', timeout: SETTLE_MS })
      .toMatch(/^Acciones de 1 /);
  });

  it('corrects an expenditure: the row, the objective and the report move by the difference', async () => {
    await openFramework();
    const line = own('1').getByRole('row', { name: /Objective 1/ });
    await rowAction(line, 'Registrar gasto');
    await dialog()
      .getByLabel(/^Fecha/)
      .fill('2009-07-15');
    await dialog()
      .getByLabel(/^Monto/)
      .fill('1000.50');
    await dialog()
      .getByLabel(/^Descripción/)
      .fill(`Taller ${run}`);
    await dialog().getByRole('button', { name: 'Guardar' }).click();
    const spent = expenditures().getByRole('row', { name: new RegExp(`Taller ${run}`) });
    await expectVisible(spent, 'the new expenditure is a row of the Gastos table');
    const recorded = money(await amountOf(spent));
    const objectiveBefore = money((await own('1').locator('.node-heading').textContent())?.match(/ejecutado [\d.,]+/)?.[0] ?? null);
    const [, totalBefore] = await totalsRow(/^Total del programa \(costos directos\)/);
    const reportBefore = await reportSubtotal();
    expect(reportBefore, 'before: the report and the framework agree').toBeCloseTo(totalBefore!, 2);

    await openFramework();
    await rowAction(spent, 'Editar');
    await expectVisible(dialog().getByText('Editar gasto'), 'the edit dialog opens');
    expect(
      Number(
        await dialog()
          .getByLabel(/^Monto/)
          .inputValue(),
      ),
      'prefilled with the amount',
    ).toBeCloseTo(recorded, 2);
    expect(
      await dialog()
        .getByLabel(/^Descripción/)
        .inputValue(),
      'prefilled with the description',
    ).toBe(`Taller ${run}`);
    await dialog()
      .getByLabel(/^Monto/)
      .fill('1250.75');
    await dialog()
      .getByLabel(/^Fecha/)
      .fill('2009-06-15');
    await screenshot(page, 'frameworkPage-4-edit-expenditure');
    await dialog().getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => dialog().count(), { message: 'the dialog closes once saved', timeout: SETTLE_MS }).toBe(0);
    await expect
      .poll(async () => money(await amountOf(spent)), { message: 'the row shows the corrected amount', timeout: SETTLE_MS })
      .not.toBeCloseTo(recorded, 2);
    const corrected = money(await amountOf(spent));
    const difference = corrected - recorded;
    expect(difference, 'the amount changed').not.toBe(0);
    expect(await spent.textContent(), 'the row shows the new date').toMatch(/15 jun 2009/);
    await expect
      .poll(async () => money((await own('1').locator('.node-heading').textContent())?.match(/ejecutado [\d.,]+/)?.[0] ?? null), {
        message: "objective 1's executed moves by the difference",
        timeout: SETTLE_MS,
      })
      .toBeCloseTo(objectiveBefore + difference, 2);
    const [, totalAfter] = await totalsRow(/^Total del programa \(costos directos\)/);
    expect(totalAfter! - totalBefore!, "the framework's program total moves by the difference").toBeCloseTo(difference, 2);
    expect((await reportSubtotal()) - reportBefore, "the report's subtotal moves by the difference").toBeCloseTo(difference, 2);
  });

  it("shows an objective's history from its menu", async () => {
    await openFramework();
    await own('2.2')
      .getByRole('button', { name: /^Acciones de 2\.2 / })
      .click();
    await page.getByRole('menuitem', { name: 'Editar', exact: true }).click();
    await dialog()
      .getByLabel(/^Descripción/)
      .fill(`Reviewed ${run}`);
    await dialog().getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(own('2.2').getByText(`Reviewed ${run}`), 'the description is saved');

    await own('2.2')
      .getByRole('button', { name: /^Acciones de 2\.2 / })
      .click();
    await page.getByRole('menuitem', { name: 'Historial', exact: true }).click();
    const history = page.getByRole('dialog', { name: /^Historial — 2\.2 / });
    await expectVisible(history, "the history dialog names activity 2.2's code and title");
    const table = history.getByRole('table', { name: 'Historial de cambios de este registro' });
    const change = table.getByRole('row', { name: /staff.*Modificación\s*2/ });
    await expectVisible(change, 'the history shows the edit just made: staff, a change, version 2');
    await expectVisible(table.getByRole('row', { name: /Creación\s*1/ }), 'and the creation, version 1');
    await screenshot(page, 'frameworkPage-5-history');
    await history.getByRole('button', { name: 'Cerrar' }).click();
    await expect.poll(() => dialog().count(), { message: 'Cerrar closes the history', timeout: SETTLE_MS }).toBe(0);
  });
});

describe('donor (USAID)', () => {
  beforeAll(async () => {
    page = await app.newPage(['donor', 'ruta-donor']);
  });
  afterAll(async () => page.context().close());

  it('reads the same program total as its report, with no actions and no history', async () => {
    await openFramework();
    const [, executed] = await totalsRow(/^Total del programa \(costos directos\)/);
    expect(await page.getByRole('button', { name: /^Acciones/ }).count(), 'no actions menu for a donor').toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Historial' }).count(), 'no history for a donor').toBe(0);
    expect(await reportSubtotal(), "the donor's report subtotal is the framework's program total").toBeCloseTo(executed!, 2);
  });
});
