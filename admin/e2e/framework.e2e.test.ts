import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { choose, launchBrowser, newContext, pickSuggestion, screenshot, signIn } from './browser.ts';
import { startServer, type RunningServer } from './server.ts';

/**
 * The results framework: staff edit it node by node (indicator, monthly value, objective,
 * expenditure, observation) and the program itself; a partner reads it and nothing more.
 */
let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const run = Date.now().toString(36);
const FRAMEWORK = '/#/Program/prog-ecuador-tip/framework';

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const node = (code: string) => page.getByRole('treeitem', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
/** The node's own part (title, actions, tables), without its children. */
const own = (code: string): Locator => page.locator(`[data-objective="${code}"]`);
const dialog = () => page.getByRole('dialog');

async function save(): Promise<void> {
  await dialog().getByRole('button', { name: 'Guardar' }).click();
}

describe('staff', () => {
  beforeAll(async () => {
    context = await newContext(browser, server.url);
    page = await context.newPage();
    await signIn(page, 'staff', 'ruta-staff');
  });
  afterAll(async () => context.close());

  it('adds an indicator to an activity and sees it in the tree', async () => {
    await page.goto(FRAMEWORK);
    await node('1.1').waitFor();
    await own('1.1').getByRole('button', { name: 'Agregar indicador' }).click();
    await dialog().getByLabel(/^Nombre/).fill(`Officials trained on the National Plan ${run}`);
    await choose(page, /^Unidad/, 'Número');
    await dialog().getByLabel(/^Meta/).fill('120');
    await screenshot(page, 'framework-1-add-indicator');
    await save();
    await page.getByText('Guardado').waitFor();
    const row = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Número');
    expect(await row.textContent()).toContain('120');
  });

  it('enters the indicator value of a month and sees the actual and the share of the target', async () => {
    const row = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await row.getByRole('button', { name: 'Ingresar el valor de un mes' }).click();
    await dialog().getByLabel(/^Mes/).fill('2009-07');
    await dialog().getByText('Aún no hay nada registrado para este mes.').waitFor();
    await dialog().getByLabel(/^Valor/).fill('45');
    await save();
    await expect.poll(() => row.textContent(), { timeout: 15_000 }).toMatch(/45\s*38\s%/); // 45 of 120
    await screenshot(page, 'framework-2-indicator-value');
  });

  it('shows the server refusing an activity whose objective does not exist, on the code field', async () => {
    await own('0').getByRole('button', { name: 'Agregar objetivo' }).click();
    const code = dialog().getByLabel(/^Código/);
    expect(await code.inputValue()).toBe('7'); // the next free specific objective
    await code.fill('9.1');
    await dialog().getByLabel(/^Título/).fill(`Coordination with local governments ${run}`);
    await save();
    await dialog().getByText('Cree primero el objetivo superior 9').waitFor();
    await screenshot(page, 'framework-3-parent-missing');
    await code.fill('7');
    await save();
    await node('7').getByText(`Coordination with local governments ${run}`).waitFor();
  });

  it('records an expenditure, sees the cost roll up, and deletes it', async () => {
    await own('1').getByRole('row', { name: /Objective 1/ }).getByRole('button', { name: 'Registrar gasto' }).click();
    await dialog().getByLabel(/^Fecha/).fill('2009-07-15');
    await dialog().getByLabel(/^Monto/).fill('1000.50');
    await dialog().getByLabel(/^Descripción/).fill(`Workshop ${run}`);
    await save();
    await own('1').getByText('ejecutado 48.957,50 US$').waitFor();
    const expenditures = page.getByRole('table', { name: 'Gastos' });
    const spent = expenditures.getByRole('row', { name: new RegExp(`Workshop ${run}`) });
    await spent.waitFor();
    expect(await spent.textContent()).toMatch(/1\.?000,50\sUS\$/); // Spanish groups thousands from five digits on
    await screenshot(page, 'framework-4-expenditure');

    await spent.getByRole('button', { name: 'Eliminar' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => spent.count(), { timeout: 15_000 }).toBe(0);
    await own('1').getByText('ejecutado 47.957,00 US$').waitFor();
  });

  it('corrects the planned amount of a budget line and sees it in the tree', async () => {
    const correct = async (amount: string) => {
      await own('1').getByRole('row', { name: /Objective 1/ }).getByRole('button', { name: 'Corregir' }).click();
      await dialog().getByText('Corregir línea de presupuesto').waitFor();
      await dialog().getByLabel(/^Monto planificado/).fill(amount);
      await save();
      await dialog().waitFor({ state: 'detached' });
    };
    await correct('50000');
    await own('1').getByRole('row', { name: /Objective 1/ }).getByText('50.000,00 US$').waitFor();
    await screenshot(page, 'framework-4b-budget-line-corrected');
    await correct('47957'); // back to the seed's figure for the tests that follow
    await own('1').getByRole('row', { name: /Objective 1/ }).getByText('47.957,00 US$').waitFor();
  });

  it('corrects and deletes a budget line, deletes an indicator after confirming, then the emptied objective', async () => {
    await own('7').getByRole('button', { name: 'Agregar línea de presupuesto' }).click();
    await dialog().getByLabel(/^Etiqueta/).fill(`Materials ${run}`);
    await dialog().getByLabel(/^Monto planificado/).fill('12000');
    await save();
    const line = own('7').getByRole('row', { name: new RegExp(`Materials ${run}`) });
    await line.getByText('12.000,00 US$').waitFor();
    // With a budget line the objective is in use: no delete button for it yet.
    expect(await own('7').getByRole('button', { name: 'Eliminar objetivo' }).count()).toBe(0);
    await line.getByRole('button', { name: 'Corregir' }).click();
    await dialog().getByLabel(/^Monto planificado/).fill('25000');
    await save();
    await line.getByText('25.000,00 US$').waitFor();

    const indicator = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await indicator.getByRole('button', { name: 'Eliminar indicador' }).click();
    await dialog().getByText(`¿Eliminar el indicador «Officials trained on the National Plan ${run}»?`).waitFor();
    await screenshot(page, 'framework-4c-confirm-delete-indicator');
    await dialog().getByRole('button', { name: 'Cancelar' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await indicator.count()).toBe(1);
    await indicator.getByRole('button', { name: 'Eliminar indicador' }).click();
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => indicator.count(), { timeout: 15_000 }).toBe(0);

    await line.getByRole('button', { name: 'Eliminar línea de presupuesto' }).click();
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => line.count(), { timeout: 15_000 }).toBe(0);
    await own('7').getByRole('button', { name: 'Eliminar objetivo' }).click();
    await dialog().getByText('¿Eliminar el objetivo 7?').waitFor();
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => node('7').count(), { timeout: 15_000 }).toBe(0);
    await screenshot(page, 'framework-4d-after-deletes');
  });

  it('writes the observation of a month, starting from what is already there', async () => {
    await own('5.1').getByRole('button', { name: 'Observación' }).click();
    await dialog().getByLabel(/^Mes/).fill('2009-07');
    const text = dialog().getByLabel(/^Observación/);
    await expect.poll(() => text.inputValue(), { timeout: 15_000 }).toContain('Shelter Pilot Program');
    await text.fill(`Follow-up visits to the shelters ${run}.`);
    await save();
    await own('5.1').getByText(`Observación: Follow-up visits to the shelters ${run}.`).waitFor();
  });

  it('creates a program (client-side check first) and edits it with a modification', async () => {
    await page.goto('/#/Program/create');
    await page.getByLabel(/^Nombre/).fill(`Programa de prueba ${run}`);
    await pickSuggestion(page, /^Organización ejecutora/, 'Organización Internacional', /Organización Internacional para las Migraciones/);
    await pickSuggestion(page, /^Donantes/, 'USAID', /USAID/);
    await page.getByLabel(/^Inicio/).fill('2024-05-10');
    await page.getByLabel(/^Fin original/).fill('2024-05-01');
    await page.getByLabel(/^Total declarado original/).fill('250000');
    await page.getByLabel(/^Tasa administrativa/).fill('7.5');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.getByText('La fecha de fin debe ser igual o posterior a la de inicio').waitFor();
    await screenshot(page, 'framework-5-program-form-error');
    await page.getByLabel(/^Fin original/).fill('2026-05-31');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+\/show/);
    await page.getByText('250.000,00 US$').first().waitFor();
    await page.getByText('7,5 %').waitFor();

    await page.getByRole('link', { name: 'Editar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+$/);
    await page.getByRole('button', { name: 'Agregar' }).click();
    await page.getByLabel(/^N\.º/).fill('1');
    await page.getByLabel(/^Qué cambió/).fill('Extended by six months with more funds.');
    await page.getByLabel(/^Nueva fecha de fin/).fill('2026-11-30');
    await page.getByLabel(/^Nuevo total declarado/).fill('300000');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+\/show/);
    await page.getByRole('cell', { name: 'Extended by six months with more funds.' }).waitFor();
    await page.getByText('300.000,00 US$').first().waitFor(); // the declared total follows the modification
    await screenshot(page, 'framework-6-program-show');
  });
});

describe('partner (Fundación Nuestros Jóvenes)', () => {
  beforeAll(async () => {
    context = await newContext(browser, server.url);
    page = await context.newPage();
    await signIn(page, 'partner', 'ruta-partner');
  });
  afterAll(async () => context.close());

  it('reads the framework of its program, with no way to change it and no report', async () => {
    await page.goto(FRAMEWORK);
    await node('5.1').waitFor();
    await page.getByText('Solo lectura: el equipo del programa mantiene el marco al día.').waitFor();
    await own('5.1').getByRole('cell', { name: 'Victims reintegrated through the Shelter Pilot Program' }).waitFor();
    expect(await page.getByRole('button', { name: 'Agregar indicador' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Editar' }).count()).toBe(0);
    // Actuals come from the report, which partners may not read.
    expect(await page.getByRole('columnheader', { name: 'Ejecutado' }).count()).toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Resultados' }).count()).toBe(0);
    await screenshot(page, 'framework-7-partner');

    await page.goto('/#/reports/results');
    await page.getByText('No tiene permiso para hacer esto.').waitFor();
  });
});
