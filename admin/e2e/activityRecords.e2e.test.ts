import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectAccessible } from './axe.ts';
import { choose, expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Partner activity records (issue 13): FNJ's partner writes a record and submits it; staff return it
 * with a comment; the partner sees it first with the comment, fixes it (the reviewer sees what changed)
 * and submits again; staff approve it, and the results report's "people reached" figure moves by the
 * record's people — only then. The new pages pass axe.
 */
const app = useApp();
let partner: Page;
let staff: Page;
const run = Date.now().toString(36);
const title = `Ferias E2E ${run}`;
const INDICATOR = /People reached by partners’ approved activities/;

beforeAll(async () => {
  partner = await app.newPage(['partner', 'ruta-partner']);
  staff = await app.newPage(['staff', 'ruta-staff']);
});

const rowOf = (page: Page) => page.getByRole('row').filter({ hasText: title });

/** The actual of the computed indicator in the whole-program results report, as shown (the cell after its name). */
async function reachedFigure(page: Page): Promise<string> {
  await page.goto('/#/reports/results');
  const name = page.getByRole('cell').filter({ hasText: INDICATOR }).first();
  await expectVisible(name, 'the people-reached indicator row', 30_000);
  return (await name.locator('xpath=following-sibling::td[1]').textContent()) ?? '';
}
const figure = (text: string) => Number(text.replace(/\D/g, ''));

describe('activity records', () => {
  it('the partner writes a record and submits it', async () => {
    await partner.goto('/#/ActivityRecord');
    await expectVisible(partner.getByRole('heading', { name: 'Registros de actividades de mi organización' }).first(), 'the partner list');
    // The demo's returned record comes first, with the reviewer's comment.
    await expectVisible(partner.getByText(/^Devuelto: Falta el listado de barrios/), "the returned demo record's comment");
    await screenshot(partner, 'activity-1-partner-list');
    await expectAccessible(partner, "the partner's records");

    await partner.getByRole('link', { name: 'Nuevo registro' }).click();
    await partner.waitForURL(/#\/ActivityRecord\/create/);
    await choose(partner, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await partner.getByLabel(/^Objetivo o actividad/).fill('2.2');
    await partner.getByLabel(/^Título/).fill(title);
    await choose(partner, /^Tipo/, 'Sensibilización');
    await partner.getByLabel(/^Inicio/).fill('04/05/2009');
    await partner.getByLabel(/^Fin/).fill('08/05/2009');
    await choose(partner, /^Provincia/, 'Pichincha');
    await choose(partner, /^Cantón/, 'Quito');
    await partner.getByLabel('Mujeres y niñas — Adolescentes (12–17)').fill('20');
    await partner.getByLabel('Hombres y niños — Adolescentes (12–17)').fill('17');
    await expect
      .poll(() => partner.getByTestId('activity-totals').textContent(), { timeout: SETTLE_MS, message: 'the totals follow the typing' })
      .toBe('Total: 37 (mujeres 20, hombres 17, sin registro 0)');
    await screenshot(partner, 'activity-2-form');
    await expectAccessible(partner, 'the activity record form');
    await partner.getByRole('button', { name: 'Guardar' }).click();
    await partner.waitForURL(/#\/ActivityRecord\/[^/]+\/show/);
    await expectVisible(partner.getByRole('heading', { name: title }).first(), "the new record's page");
    await partner.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expectVisible(partner.getByText('Por revisar').first(), 'the record is pending review');
  });

  it('staff return it with a comment; the partner sees it first, fixes it and submits again', async () => {
    const before = await reachedFigure(staff);
    await staff.goto('/#/ActivityRecord');
    await expectVisible(rowOf(staff), 'the record in the review queue');
    await screenshot(staff, 'activity-3-queue');
    await expectAccessible(staff, 'the review queue');
    await staff.getByRole('checkbox', { name: `Seleccionar ${title}` }).check();
    await staff.getByLabel(/^Comentario para la organización/).fill('Indique los colegios participantes');
    await staff.getByRole('button', { name: 'Devolver seleccionados' }).click();
    await expect.poll(() => rowOf(staff).count(), { timeout: SETTLE_MS, message: 'the returned record leaves the queue' }).toBe(0);

    await partner.goto('/#/ActivityRecord');
    const first = partner.getByRole('row').nth(1);
    await expectVisible(first.getByText(title), 'the returned record comes first');
    await expectVisible(first.getByText('Devuelto: Indique los colegios participantes'), 'with the comment');
    await first.getByRole('link', { name: 'Editar' }).click();
    await partner.waitForURL(/#\/ActivityRecord\/[^/]+$/);
    await partner.getByLabel('Hombres y niños — Adolescentes (12–17)').fill('18');
    await partner.getByLabel(/^Narrativa/).fill('Colegios Montúfar y Espejo');
    await partner.getByRole('button', { name: 'Guardar' }).click();
    await partner.waitForURL(/#\/ActivityRecord\/[^/]+\/show/);
    const changes = partner.getByRole('table', { name: 'Cambios desde el último envío' });
    await expectVisible(changes.getByRole('rowheader', { name: 'Personas alcanzadas' }), 'the diff lists the people reached');
    await expectVisible(changes.getByRole('rowheader', { name: 'Narrativa' }), 'and the narrative');
    await partner.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expectVisible(partner.getByText('Por revisar').first(), 'pending review again');
    // Nothing approved yet: the report's figure has not moved.
    expect(await reachedFigure(staff)).toBe(before);
  });

  it('staff see what changed and approve it; the report figure moves by its people', async () => {
    const before = await reachedFigure(staff);
    await staff.goto('/#/ActivityRecord');
    await rowOf(staff).getByRole('link', { name: title }).click();
    await staff.waitForURL(/#\/ActivityRecord\/[^/]+\/show/);
    await expectVisible(
      staff.getByRole('table', { name: 'Cambios desde el último envío' }).getByRole('rowheader', { name: 'Personas alcanzadas' }),
      'the reviewer sees the people reached changed',
    );
    await screenshot(staff, 'activity-4-show-diff');
    await expectAccessible(staff, "the record's page with its changes");
    await staff.getByRole('button', { name: 'Aprobar' }).click();
    await expectVisible(staff.getByText('Aprobado').first(), 'approved');
    await expect
      .poll(async () => figure(await reachedFigure(staff)) - figure(before), { timeout: SETTLE_MS, message: 'people reached up by 38' })
      .toBe(38);
    await screenshot(staff, 'activity-5-report');
  });
});
