import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectAccessible } from './axe.ts';
import { choose, expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Issue 11 (case registry core) on the demo data, as the shelter's case worker (Adoratrices): the
 * case list without identities (overdue rows marked), registering a case, the duplicate warning with
 * the existing case's code and owner, the audited reveal (reason required for a minor), and no
 * identity left in the browser — storage, URL, memory — after leaving the page; the identity's
 * correction (pre-filled only from a reveal on the page, the duplicate warning, nothing left after);
 * the admin's "who read what" shows the reveal.
 */
const app = useApp();
let page: Page;
const run = Date.now().toString(36);
/** A name that exists nowhere else, to look for after the page is left. */
const NAME = `Persona Demo Prueba ${run}`;
/** The duplicate warning's button that asks the owner (IOM) for a referral of its case. */
const ASK_REFERRAL = /^No registrar: pedir a Organización Internacional para las Migraciones( — Ecuador)? que nos remita EC-2007-\d{4}$/;

beforeAll(async () => {
  page = await app.newPage(['albergue', 'ruta-albergue']);
});
afterAll(async () => {
  await page.context().close();
});

/** Every string the page's JavaScript heap still holds that contains `needle` (after a garbage collection). */
async function heapContains(p: Page, needle: string): Promise<boolean> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e: { chunk: string }) => chunks.push(e.chunk));
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  return chunks.join('').includes(needle);
}

/** What the browser keeps beyond the page: its local and session storage and the URL, as one string. */
const storedState = (p: Page) =>
  p.evaluate(() => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage }, url: location.href }));

/** Reveals the identity on the case page, with a reason. */
async function reveal(p: Page, reason: string): Promise<void> {
  await p.getByRole('button', { name: 'Revelar identidad' }).click();
  const dialog = p.getByRole('dialog', { name: 'Revelar la identidad' });
  await dialog.getByLabel(/^Motivo/).fill(reason);
  await dialog.getByRole('button', { name: 'Revelar' }).click();
}

describe('case registry (issue 11)', () => {
  it('lists the organization’s cases with stage, days in stage, overdue highlight and owner, without identities', async () => {
    await page.goto('/#/Case');
    await expectVisible(page.getByRole('table', { name: 'Casos de su organización' }), 'the case list');
    await expect
      .poll(() => page.locator('tr[data-overdue="true"]').count(), { timeout: SETTLE_MS, message: 'some seeded cases are overdue' })
      .toBeGreaterThan(0);
    await expectVisible(page.locator('tr[data-overdue="true"]').first().getByText('Vencido'), 'an overdue row says so');
    expect(await page.getByRole('cell', { name: /Adoratrices/ }).count(), 'the owner organization is shown').toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    expect(text, 'no identity in the list').not.toMatch(/Persona Demo|DEMO-0/);
    expect(text).toMatch(/EC-20\d\d-\d{4}/);
    await choose(page, /^Etapa/, 'Denunciado');
    await expect
      .poll(async () => (await page.getByRole('row').allInnerTexts()).slice(1).every((r) => r.includes('Denunciado')), {
        timeout: SETTLE_MS,
      })
      .toBe(true);
    await screenshot(page, 'cases-1-list');
    await expectAccessible(page, 'case list');
    // A closed case has no days in its stage: "—", not the days since it was closed.
    await choose(page, /^Etapa/, 'Cerrado');
    await expect
      .poll(async () => (await page.getByRole('row').allInnerTexts()).slice(1), { timeout: SETTLE_MS })
      .toSatisfy((rows: string[]) => rows.length > 0 && rows.every((r) => r.includes('Cerrado') && r.split('\t')[2]?.trim() === '—'));
  });

  let caseUrl = '';

  it('registers a case: the identity section and the case data; dates in the future are refused in the form', async () => {
    await page.goto('/#/Case/create');
    await page.getByLabel(/^Nombre completo/).fill(NAME);
    await page.getByLabel(/^Fecha de nacimiento/).fill('02/03/1993');
    await choose(page, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await page.getByLabel('Sexual').check();
    await page.getByLabel(/^Fecha de la denuncia/).fill('01/02/2099');
    await page.getByLabel(/^Edad al ser identificada/).fill('15');
    await expectAccessible(page, 'case create form');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(page.getByText('No puede ser una fecha futura'), 'a report date in the future is refused');
    await page.getByLabel(/^Fecha de la denuncia/).fill('01/02/2009');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Case\/.+\/show/, { timeout: SETTLE_MS });
    caseUrl = page.url();
    expect(caseUrl, 'the URL carries the case id only').not.toContain('Persona');
    await expectVisible(page.getByRole('tab', { name: 'Resumen' }), 'the case page');
    await expectVisible(page.getByText(/Caso EC-2009-\d{4}/).first(), 'the code in the title');
    await screenshot(page, 'cases-2-created');
  });

  it('warns of a possible duplicate with the existing case’s code and owner, never its identity', async () => {
    await page.goto('/#/Case/create');
    await page.getByLabel(/^Nombre completo/).fill('Nombre Distinto Prueba');
    await choose(page, /^Documento de identidad/, 'Cédula de identidad');
    await page.getByLabel(/^Número de documento/).fill('demo-000004'); // the document of a seeded IOM case
    await choose(page, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await page.getByLabel('Laboral').check();
    await page.getByLabel(/^Fecha de la denuncia/).fill('10/03/2009');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const warning = page.getByRole('alert').filter({ hasText: 'Ya existe un caso con la misma identidad' });
    await expectVisible(warning, 'the duplicate warning');
    const text = await warning.innerText();
    expect(text).toMatch(/Caso EC-2007-\d{4}, a cargo de Organización Internacional para las Migraciones/);
    expect(text).toContain('documento de identidad');
    expect(text, 'the existing case’s identity is not shown').not.toMatch(/Persona Demo 004/);
    await expectVisible(warning.getByRole('button', { name: ASK_REFERRAL }), 'the way to a referral instead');
    await screenshot(page, 'cases-3-duplicate');
    await expectAccessible(page, 'duplicate warning');
  });

  it('asks the owner for a referral from the duplicate warning instead of registering the person twice', async () => {
    const warning = page.getByRole('alert').filter({ hasText: 'Ya existe un caso con la misma identidad' });
    await warning.getByRole('button', { name: ASK_REFERRAL }).click();
    const done = page.getByRole('status').filter({ hasText: 'Derivación solicitada; no se registró nada' });
    await expectVisible(done, 'the request is confirmed, with what happens next');
    expect(await done.innerText()).toMatch(
      /Se pidió a Organización Internacional para las Migraciones( — Ecuador)? que remita el caso EC-2007-\d{4} a su organización\..*consentimiento/s,
    );
    expect(await page.getByRole('button', { name: 'Guardar' }).count(), 'nothing left to register').toBe(0);
    await screenshot(page, 'cases-3b-referral-requested');
    await expectAccessible(page, 'referral requested');
    await done.getByRole('button', { name: 'Volver a Casos' }).click();
    await page.waitForURL(/#\/Case$/, { timeout: SETTLE_MS });
  });

  it('edits the case’s facts from its page (the person stays a minor: the reveal below needs a reason)', async () => {
    await page.goto(caseUrl);
    await page.getByRole('button', { name: 'Editar' }).click();
    await page.waitForURL(/#\/Case\/[^/]+$/, { timeout: SETTLE_MS });
    await expectVisible(page.getByText(/Editar el caso EC-2009-\d{4}/).first(), 'the edit form of the case');
    expect(await page.getByLabel(/^Edad al ser identificada/).inputValue()).toBe('15');
    await page.getByLabel(/^Edad al ser identificada/).fill('17');
    await choose(page, /^Sexo/, 'Mujer');
    await expectAccessible(page, 'case edit form');
    await screenshot(page, 'cases-3c-edit');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Case\/.+\/show/, { timeout: SETTLE_MS });
    const summary = page.getByRole('table', { name: 'Resumen' });
    await expectVisible(summary.getByRole('row', { name: /Edad al ser identificada\s+17/ }), 'the new age');
    await expectVisible(summary.getByRole('row', { name: /Rango de edad\s+12–17/ }), 'the age band derived again');
    await expectVisible(summary.getByRole('row', { name: /Sexo\s+Mujer/ }), 'the sex recorded');
    expect(page.url(), 'no value in the URL').not.toMatch(/Persona/);
  });

  it('reveals the identity only on request, with a reason for a minor, and drops it when the page is left', async () => {
    await page.goto(caseUrl);
    await page.getByRole('tab', { name: 'Identidad' }).click();
    await expectVisible(page.getByText('La identidad está oculta'), 'hidden until revealed');
    expect(await page.locator('main').innerText()).not.toContain(NAME);
    await page.getByRole('button', { name: 'Revelar identidad' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revelar la identidad' });
    await dialog.getByRole('button', { name: 'Revelar' }).click();
    await expectVisible(dialog.getByText('Obligatorio', { exact: true }), 'a minor’s identity needs a reason');
    await dialog.getByLabel(/^Motivo/).fill('Preparar el plan de asistencia');
    await dialog.getByRole('button', { name: 'Revelar' }).click();
    await expectVisible(page.getByRole('cell', { name: NAME }), 'the revealed name');
    await screenshot(page, 'cases-4-revealed');
    await expectAccessible(page, 'case page with the identity revealed');

    // Leave the page: nothing of the identity stays in storage, the URL, or the page's memory.
    await page.getByRole('menuitem', { name: /Casos/ }).first().click();
    await page.waitForURL(/#\/Case$/, { timeout: SETTLE_MS });
    await expectVisible(page.getByRole('table', { name: 'Casos de su organización' }), 'back on the list');
    const stored = await storedState(page);
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain('1993-03-02');
    expect(await heapContains(page, NAME), 'no copy of the revealed name in memory (react-admin and Apollo caches included)').toBe(false);
  });

  it('corrects the identity: empty unless revealed here, the duplicate warning, saved and dropped, nothing left after', async () => {
    const CORRECTED = `${NAME} Corregida`;
    await page.goto(caseUrl);
    await page.getByRole('tab', { name: 'Identidad' }).click();
    // Not revealed: the correction starts empty (nothing decrypted for it).
    await page.getByRole('button', { name: 'Corregir identidad' }).click();
    let dialog = page.getByRole('dialog', { name: 'Corregir la identidad' });
    expect(await dialog.getByLabel(/^Nombre completo/).inputValue(), 'no value before a reveal').toBe('');
    await dialog.getByRole('button', { name: 'Cancelar' }).click();
    // Revealed: the correction starts from the revealed values.
    await reveal(page, 'Corregir el nombre');
    await expectVisible(page.getByRole('cell', { name: NAME }), 'the revealed name');
    await page.getByRole('button', { name: 'Corregir identidad' }).click();
    dialog = page.getByRole('dialog', { name: 'Corregir la identidad' });
    expect(await dialog.getByLabel(/^Nombre completo/).inputValue()).toBe(NAME);
    await dialog.getByLabel(/^Nombre completo/).fill(CORRECTED);
    await choose(page, /^Documento de identidad/, 'Cédula de identidad');
    await dialog.getByLabel(/^Número de documento/).fill('demo-000004'); // the document of a seeded IOM case
    await dialog.getByRole('button', { name: 'Guardar la corrección' }).click();
    await expectVisible(dialog.getByText('Obligatorio', { exact: true }), 'a correction needs a reason');
    await dialog.getByLabel(/^Motivo de la corrección \(la persona es menor de edad\)/).fill('Nombre mal escrito al registrar');
    await dialog.getByRole('button', { name: 'Guardar la corrección' }).click();
    const warning = dialog.getByRole('alert').filter({ hasText: 'Otro caso tiene esta identidad' });
    await expectVisible(warning, 'the duplicate warning');
    expect(await warning.innerText()).toMatch(/Caso EC-2007-\d{4}, a cargo de Organización Internacional para las Migraciones/);
    await screenshot(page, 'cases-4b-correct-duplicate');
    await expectAccessible(page, 'identity correction with the duplicate warning');
    await warning.getByRole('button', { name: 'Revisar la identidad' }).click();
    await dialog.getByLabel(/^Número de documento/).fill('');
    await dialog.getByRole('button', { name: 'Guardar la corrección' }).click();
    await expectVisible(page.getByText('Identidad corregida'), 'saved');
    await expectVisible(page.getByText('La identidad está oculta'), 'the revealed values are dropped after saving');
    expect(await page.locator('main').innerText()).not.toContain(NAME);
    await reveal(page, 'Comprobar la corrección');
    await expectVisible(page.getByRole('cell', { name: CORRECTED }), 'the corrected name is stored');

    await page.getByRole('menuitem', { name: /Casos/ }).first().click();
    await page.waitForURL(/#\/Case$/, { timeout: SETTLE_MS });
    // The case page must be gone, not just the URL changed: on a busy machine it unmounts a moment later.
    await expectVisible(page.getByRole('table', { name: 'Casos de su organización' }), 'back on the list');
    const stored = await storedState(page);
    expect(stored).not.toContain(NAME);
    expect(stored).not.toContain('demo-000004');
    expect(await heapContains(page, CORRECTED), 'no copy of the corrected name in memory').toBe(false);
  });

  it('shows the administrator who read which case, with the reveal and its reason', async () => {
    const admin = await app.newPage(['admin', 'ruta-admin']);
    try {
      await admin.goto('/#/Case/reads');
      const table = admin.getByRole('table', { name: 'Lecturas y revelaciones de casos' });
      await expectVisible(table, 'the reads table');
      await expectVisible(
        table
          .getByRole('row')
          .filter({ hasText: 'albergue' })
          .filter({ hasText: 'Reveló la identidad' })
          .filter({ hasText: 'Preparar el plan de asistencia' })
          .first(),
        'the reveal, by whom and why',
      );
      expect(await table.innerText()).not.toContain(NAME);
      await screenshot(admin, 'cases-5-reads');
      await expectAccessible(admin, 'who read what');
    } finally {
      await admin.context().close();
    }
  });
});
