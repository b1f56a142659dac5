import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { SETTLE_MS, choose, expectVisible, pickSuggestion, screenshot } from './browser.ts';

/**
 * The results framework: staff edit it node by node (indicator, monthly value, objective,
 * expenditure, observation) and the program itself; a partner reads it and nothing more.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);
const FRAMEWORK = '/#/Program/prog-ecuador-tip/framework';

/** A node's heading (its code and title). */
const node = (code: string) => page.getByRole('heading', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
/** The node's own part (title, actions, tables), without its children. */
const own = (code: string): Locator => page.locator(`[data-objective="${code}"]`);
const dialog = () => page.getByRole('dialog');
/** Objective 1's budget line (the seed's), with its planned and executed amounts. */
const objective1Line = () => own('1').getByRole('row', { name: /Objective 1/ });
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Chooses an action in a node's "Acciones" menu (named "Acciones de <code> <title>"). */
async function nodeAction(code: string, action: string): Promise<void> {
  await own(code)
    .getByRole('button', { name: new RegExp(`^Acciones de ${escapeRe(code)} `) })
    .click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** Chooses an action in a table row's actions menu (indicators, budget lines, expenditures). */
async function rowAction(row: Locator, action: string): Promise<void> {
  await row.getByRole('button', { name: /^Acciones (de|del) / }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

async function save(): Promise<void> {
  await dialog().getByRole('button', { name: 'Guardar' }).click();
}

async function expectDialogClosed(message: string): Promise<void> {
  await expect.poll(() => dialog().count(), { message, timeout: SETTLE_MS }).toBe(0);
}

/** The error text a form field points to (`aria-describedby`), as a screen reader announces it. */
function fieldError(field: Locator): Promise<string | null> {
  return field.evaluate((input) => {
    const ids = input.getAttribute('aria-describedby')?.split(/\s+/) ?? [];
    return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
  });
}

describe('staff', () => {
  beforeAll(async () => {
    page = await app.newPage(['staff', 'ruta-staff']);
  });
  afterAll(async () => page.context().close());

  it('adds an indicator to an activity and sees it in the tree', async () => {
    await page.goto(FRAMEWORK);
    await expectVisible(node('1.1'), 'the framework tree shows activity 1.1');
    await nodeAction('1.1', 'Agregar indicador');
    await dialog()
      .getByLabel(/^Nombre/)
      .fill(`Officials trained on the National Plan ${run}`);
    await choose(page, /^Unidad/, 'Número');
    await dialog().getByLabel(/^Meta/).fill('120');
    await screenshot(page, 'framework-1-add-indicator');
    await save();
    await expectVisible(page.getByText('Guardado'), 'a «Guardado» notice confirms the indicator was saved');
    const row = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await expectVisible(row, 'the new indicator is a row under activity 1.1');
    expect(await row.textContent(), 'the indicator row shows its unit').toContain('Número');
    expect(await row.textContent(), 'the indicator row shows its target').toContain('120');
  });

  it('enters the indicator value of a month and sees the actual and the share of the target', async () => {
    const row = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await rowAction(row, 'Ingresar el valor de un mes');
    await dialog().getByLabel(/^Mes/).fill('2009-07');
    // Also the sign that the month's data has loaded: typing before that would be reset.
    await expectVisible(dialog().getByText('Aún no hay nada registrado para este mes.'), 'the new indicator has no value for 2009-07 yet');
    await dialog()
      .getByLabel(/^Valor/)
      .fill('45');
    await save();
    await expect
      .poll(() => row.textContent(), {
        message: 'the indicator row shows the actual 45 and 38 % of the target 120',
        timeout: SETTLE_MS,
      })
      .toMatch(/45\s*38\s%/);
    await screenshot(page, 'framework-2-indicator-value');
  });

  it('shows the server refusing an activity whose objective does not exist, on the code field', async () => {
    await nodeAction('0', 'Agregar objetivo');
    const code = dialog().getByLabel(/^Código/);
    await expect
      .poll(() => code.inputValue(), {
        message: 'the code field proposes the next free specific objective',
        timeout: SETTLE_MS,
      })
      .toBe('7');
    await code.fill('9.1');
    await dialog()
      .getByLabel(/^Título/)
      .fill(`Coordination with local governments ${run}`);
    await save();
    await expect
      .poll(() => fieldError(code), {
        message: "the server's refusal (no objective 9) is the code field's error",
        timeout: SETTLE_MS,
      })
      .toContain('Cree primero el objetivo superior 9');
    expect(await code.getAttribute('aria-invalid'), 'the code field is marked invalid').toBe('true');
    await screenshot(page, 'framework-3-parent-missing');
    await code.fill('7');
    await save();
    await expectVisible(
      node('7').getByText(`Coordination with local governments ${run}`),
      'with code 7 the objective is created and shows in the tree',
    );
  });

  it('records an expenditure, sees the cost roll up, and deletes it', async () => {
    await rowAction(objective1Line(), 'Registrar gasto');
    await dialog()
      .getByLabel(/^Fecha/)
      .fill('2009-07-15');
    await dialog()
      .getByLabel(/^Monto/)
      .fill('1000.50');
    await dialog()
      .getByLabel(/^Descripción/)
      .fill(`Workshop ${run}`);
    await save();
    await expect
      .poll(() => own('1').textContent(), {
        message: "objective 1 shows the seed's 47.957,00 plus the new 1.000,50 as executed",
        timeout: SETTLE_MS,
      })
      .toMatch(/ejecutado 48\.957,50\sUS\$/);
    const expenditures = page.getByRole('table', { name: 'Gastos' });
    const spent = expenditures.getByRole('row', { name: new RegExp(`Workshop ${run}`) });
    await expectVisible(spent, 'the expenditure is a row of the Gastos table');
    expect(await spent.textContent(), 'the expenditure row shows its amount').toMatch(/1\.?000,50\sUS\$/); // Spanish groups thousands from five digits on
    await screenshot(page, 'framework-4-expenditure');

    await rowAction(spent, 'Eliminar');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => spent.count(), { message: 'the deleted expenditure leaves the Gastos table', timeout: SETTLE_MS }).toBe(0);
    await expect
      .poll(() => own('1').textContent(), {
        message: "objective 1's executed cost is back to the seed's figure",
        timeout: SETTLE_MS,
      })
      .toMatch(/ejecutado 47\.957,00\sUS\$/);
  });

  it('corrects the planned amount of a budget line and sees it in the tree', async () => {
    const correct = async (amount: string) => {
      await rowAction(objective1Line(), 'Corregir');
      await expectVisible(dialog().getByText('Corregir línea de presupuesto'), 'the correction dialog opens');
      await dialog()
        .getByLabel(/^Monto planificado/)
        .fill(amount);
      await save();
      await expectDialogClosed('the correction dialog closes once saved');
    };
    await correct('50000');
    await expect
      .poll(() => objective1Line().textContent(), {
        message: "objective 1's budget line shows the corrected planned amount",
        timeout: SETTLE_MS,
      })
      .toMatch(/50\.000,00\sUS\$/);
    await screenshot(page, 'framework-4b-budget-line-corrected');
    await correct('47957'); // back to the seed's figure for the tests that follow
    await expect
      .poll(() => objective1Line().textContent(), {
        message: "objective 1's budget line shows the planned amount corrected back",
        timeout: SETTLE_MS,
      })
      .toMatch(/47\.957,00\sUS\$/);
  });

  it('corrects and deletes a budget line, deletes an indicator after confirming, then the emptied objective', async () => {
    await nodeAction('7', 'Agregar línea de presupuesto');
    await dialog()
      .getByLabel(/^Etiqueta/)
      .fill(`Materials ${run}`);
    await dialog()
      .getByLabel(/^Monto planificado/)
      .fill('12000');
    await save();
    const line = own('7').getByRole('row', { name: new RegExp(`Materials ${run}`) });
    await expectVisible(line, 'the new budget line is a row of objective 7');
    await expect
      .poll(() => line.textContent(), { message: 'the new line shows its planned amount', timeout: SETTLE_MS })
      .toMatch(/12\.000,00\sUS\$/);
    // With a budget line the objective is in use: its menu offers no delete yet.
    await own('7')
      .getByRole('button', { name: /^Acciones de 7 / })
      .click();
    await expectVisible(page.getByRole('menuitem', { name: 'Agregar indicador' }), "objective 7's menu is open");
    expect(
      await page.getByRole('menuitem', { name: 'Eliminar objetivo' }).count(),
      'an objective with a budget line offers no delete',
    ).toBe(0);
    await page.keyboard.press('Escape');
    await rowAction(line, 'Corregir');
    await dialog()
      .getByLabel(/^Monto planificado/)
      .fill('25000');
    await save();
    await expect
      .poll(() => line.textContent(), { message: 'the line shows its corrected planned amount', timeout: SETTLE_MS })
      .toMatch(/25\.000,00\sUS\$/);

    const indicator = own('1.1').getByRole('row', { name: new RegExp(`Officials trained on the National Plan ${run}`) });
    await rowAction(indicator, 'Eliminar indicador');
    await expectVisible(
      dialog().getByText(`¿Eliminar el indicador «Officials trained on the National Plan ${run}»?`),
      'the confirmation names the indicator to delete',
    );
    await screenshot(page, 'framework-4c-confirm-delete-indicator');
    await dialog().getByRole('button', { name: 'Cancelar' }).click();
    await expectDialogClosed('Cancelar closes the confirmation');
    expect(await indicator.count(), 'a cancelled delete keeps the indicator').toBe(1);
    await rowAction(indicator, 'Eliminar indicador');
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => indicator.count(), { message: 'a confirmed delete removes the indicator', timeout: SETTLE_MS }).toBe(0);

    await rowAction(line, 'Eliminar línea de presupuesto');
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => line.count(), { message: 'the budget line is deleted', timeout: SETTLE_MS }).toBe(0);
    await nodeAction('7', 'Eliminar objetivo');
    await expectVisible(dialog().getByText('¿Eliminar el objetivo 7?'), 'the emptied objective can be deleted, after a confirmation');
    await dialog().getByRole('button', { name: 'Confirmar' }).click();
    await expect.poll(() => node('7').count(), { message: 'objective 7 leaves the tree', timeout: SETTLE_MS }).toBe(0);
    await screenshot(page, 'framework-4d-after-deletes');
  });

  it('writes the observation of a month, starting from what is already there', async () => {
    await nodeAction('5.1', 'Observación');
    await dialog().getByLabel(/^Mes/).fill('2009-07');
    const text = dialog().getByLabel(/^Observación/);
    await expect
      .poll(() => text.inputValue(), {
        message: "the dialog starts from the seed's observation of 2009-07",
        timeout: SETTLE_MS,
      })
      .toContain('Shelter Pilot Program');
    await text.fill(`Follow-up visits to the shelters ${run}.`);
    await save();
    await expect
      .poll(() => own('5.1').textContent(), {
        message: 'activity 5.1 shows the new observation',
        timeout: SETTLE_MS,
      })
      .toContain(`Observación: Follow-up visits to the shelters ${run}.`);
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
    await expectVisible(
      page.getByText('La fecha de fin debe ser igual o posterior a la de inicio'),
      'an end before the start is refused in the form',
    );
    expect(page.url(), 'the refused program is not created').toMatch(/#\/Program\/create/);
    await screenshot(page, 'framework-5-program-form-error');
    await page.getByLabel(/^Fin original/).fill('2026-05-31');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+\/show/);
    await expectVisible(page.getByText('250.000,00 US$').first(), 'the new program shows its declared total');
    await expectVisible(page.getByText('7,5 %'), 'the new program shows its administrative fee');

    await page.getByRole('link', { name: 'Editar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+$/);
    await page.getByRole('button', { name: 'Agregar' }).click();
    await page.getByLabel(/^N\.º/).fill('1');
    await page.getByLabel(/^Qué cambió/).fill('Extended by six months with more funds.');
    await page.getByLabel(/^Nueva fecha de fin/).fill('2026-11-30');
    await page.getByLabel(/^Nuevo total declarado/).fill('300000');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Program\/[^/]+\/show/);
    await expectVisible(page.getByRole('cell', { name: 'Extended by six months with more funds.' }), 'the program lists its modification');
    await expectVisible(page.getByText('300.000,00 US$').first(), 'the declared total follows the modification');
    await screenshot(page, 'framework-6-program-show');
  });
});

describe('partner (Fundación Nuestros Jóvenes)', () => {
  beforeAll(async () => {
    page = await app.newPage(['partner', 'ruta-partner']);
  });
  afterAll(async () => page.context().close());

  it('reads the framework of its program, with no way to change it and no report', async () => {
    await page.goto(FRAMEWORK);
    await expectVisible(node('5.1'), "the partner sees its program's framework tree");
    await expectVisible(
      page.getByText('Solo lectura: el equipo del programa mantiene el marco al día.'),
      'the framework says it is read-only',
    );
    await expectVisible(
      own('5.1').getByRole('cell', { name: 'Victims reintegrated through the Shelter Pilot Program' }),
      "the partner reads activity 5.1's indicator",
    );
    expect(await page.getByRole('button', { name: 'Agregar indicador' }).count(), 'no button adds an indicator').toBe(0);
    expect(await page.getByRole('button', { name: 'Editar' }).count(), 'no button edits a node').toBe(0);
    expect(await page.getByRole('button', { name: /^Acciones/ }).count(), 'no actions menu on any node or row').toBe(0);
    // Actuals come from the report, which partners may not read.
    expect(await page.getByRole('columnheader', { name: 'Ejecutado' }).count(), 'no column of actuals').toBe(0);
    expect(await page.getByRole('menuitem', { name: 'Resultados' }).count(), 'no report in the menu').toBe(0);
    await screenshot(page, 'framework-7-partner');

    await page.goto('/#/reports/results');
    await expectVisible(page.getByText('No tiene permiso para hacer esto.'), 'the report page refuses the partner');
  });
});
