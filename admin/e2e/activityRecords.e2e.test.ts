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

  // ─── CSV upload, the partner filter, "my quarter", locked quarters (B2) ───────────────────────
  // The program ends in July 2009: the upload is FNJ's only work of 2009-Q3, the quarter its tile opens on.
  const csvTitles = [`Charlas en colegios de Calderón ${run}`, `Feria en La Magdalena ${run}`, `Taller sin cuadrar ${run}`];
  const csv = [
    'Organización;Programa;Objetivo;Título;Tipo;Inicio;Fin;Provincia;Cantón;Mujeres 12-17;Hombres 12-17;Total;Narrativa',
    `;Combating Trafficking in Persons in Ecuador;2.2;${csvTitles[0]};Sensibilización;06/07/2009;10/07/2009;Pichincha;Quito;25;20;45;Colegio Técnico`,
    `;Combating Trafficking in Persons in Ecuador;2.2;${csvTitles[1]};Sensibilización;13/07/2009;13/07/2009;Pichincha;Quito;12;9;21;Feria barrial`,
    `;Combating Trafficking in Persons in Ecuador;2.2;${csvTitles[2]};Capacitación;20/07/2009;21/07/2009;Pichincha;Quito;10;10;25;`,
  ].join('\r\n');
  // Windows-1252 (Excel in Spanish): "Calderón", "Título" as single bytes.
  const file = { name: 'trimestre.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csv}\r\n`, 'latin1') };
  const importDialog = () => partner.getByRole('dialog');

  async function upload(): Promise<void> {
    await partner.goto('/#/ActivityRecord');
    await partner.getByRole('button', { name: 'Importar CSV' }).click();
    await expectVisible(importDialog().getByText(/^Columnas: organización/), 'the dialog documents the columns');
    await importDialog().locator('input[type=file]').setInputFiles(file);
  }

  it("the partner uploads a quarter's CSV: preview with the row error by row and column, import, the same file again adds nothing", async () => {
    expect(file.buffer.includes(Buffer.from('Calderón', 'utf8')), 'the test file really is not UTF-8').toBe(false);
    await upload();
    await expectVisible(importDialog().getByText('2 de 3 filas son válidas'), 'the preview counts the valid rows');
    const bad = importDialog().getByRole('row').filter({ hasText: 'No válida' });
    expect(await bad.getByRole('cell').first().textContent(), 'the bad row is line 4 of the file').toBe('4');
    await expectVisible(bad.getByText('Total: Mujeres, hombres y sin registro suman 20, no 25'), 'the row error names the column');
    await screenshot(partner, 'activity-6-import-preview');
    await importDialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(importDialog().getByText('Creadas: 2 · Ya existían (sin cambios): 0 · Con error: 0'), 'both valid rows landed');
    await importDialog().getByRole('button', { name: 'Cerrar' }).click();

    await upload();
    await importDialog().getByRole('button', { name: 'Importar 2 filas válidas' }).click();
    await expectVisible(
      importDialog().getByText('Creadas: 0 · Ya existían (sin cambios): 2 · Con error: 0'),
      'the re-upload writes nothing',
    );
    await screenshot(partner, 'activity-7-import-again');
    await importDialog().getByRole('button', { name: 'Cerrar' }).click();
    for (const t of csvTitles.slice(0, 2)) {
      await expectVisible(partner.getByRole('row').filter({ hasText: t }).getByText('Por revisar'), `${t} is listed once, pending review`);
    }
    expect(await partner.getByRole('row').filter({ hasText: csvTitles[2] }).count(), 'the bad row was not written').toBe(0);
  });

  it('staff filter the queue by partner and return an uploaded record; the partner’s "my quarter" tile shows it with the comment', async () => {
    await staff.goto('/#/ActivityRecord');
    await choose(staff, /^Organización socia/, 'Fundación Nuestros Jóvenes');
    const queue = staff.getByRole('table', { name: 'Registros de actividades' });
    await expectVisible(queue.getByRole('row').filter({ hasText: csvTitles[0] }), "FNJ's upload in the filtered queue");
    const partners = await queue.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(new Set(partners), 'only FNJ’s records').toEqual(new Set(['Fundación Nuestros Jóvenes']));
    await staff.getByRole('checkbox', { name: `Seleccionar ${csvTitles[1]}` }).check();
    await staff.getByLabel(/^Comentario para la organización/).fill('Falta la lista de asistentes');
    await staff.getByRole('button', { name: 'Devolver seleccionados' }).click();
    await expect
      .poll(() => queue.getByRole('row').filter({ hasText: csvTitles[1] }).count(), { timeout: SETTLE_MS, message: 'returned' })
      .toBe(0);
    await screenshot(staff, 'activity-8-queue-partner');

    await partner.goto('/#/');
    const tile = partner.getByRole('region', { name: 'Mi trimestre' });
    await expectVisible(tile.getByRole('combobox', { name: 'Trimestre' }).filter({ hasText: '2009-Q3' }), 'the tile opens on 2009-Q3');
    const table = tile.getByRole('table', { name: 'Mis registros del trimestre por estado' });
    const cells = async (status: string) =>
      await table
        .getByRole('row')
        .filter({ has: partner.getByRole('rowheader', { name: status }) })
        .getByRole('cell')
        .allTextContents();
    await expect.poll(() => cells('Por revisar'), { timeout: SETTLE_MS, message: 'one pending, 45 people' }).toEqual(['1', '45']);
    expect(await cells('Devuelto')).toEqual(['1', '21']);
    expect(await cells('Aprobado')).toEqual(['0', '0']);
    await expectVisible(tile.getByText(': Falta la lista de asistentes'), 'the returned record with the comment');
    await expectVisible(tile.getByRole('link', { name: csvTitles[1] }), 'linked to the record');
    await screenshot(partner, 'activity-9-my-quarter');
    await expectAccessible(partner, 'the dashboard with my quarter');
  });

  it('staff lock a quarter after confirming; only an admin unlocks it', async () => {
    await staff.goto('/#/ActivityRecord/periods');
    await expectVisible(staff.getByRole('heading', { name: 'Períodos de reporte: trimestres cerrados' }).first(), 'the periods page');
    await choose(staff, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    const row = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2009-Q3' }) });
    await expectVisible(row(staff).getByText('Abierto'), '2009-Q3 is open');
    await row(staff).getByRole('button', { name: 'Cerrar 2009-Q3' }).click();
    await expectVisible(staff.getByRole('dialog').getByText('¿Cerrar 2009-Q3?'), 'asked first');
    await staff.getByRole('button', { name: 'Confirmar' }).click();
    await expectVisible(row(staff).getByText('Cerrado', { exact: true }), 'locked');
    await expectVisible(row(staff).getByRole('cell', { name: 'staff' }), 'by staff');
    expect(await row(staff).getByRole('button', { name: 'Reabrir 2009-Q3' }).count(), 'staff cannot unlock').toBe(0);
    await screenshot(staff, 'activity-10-periods');
    await expectAccessible(staff, 'the locked quarters page');

    const admin = await app.newPage(['admin', 'ruta-admin']);
    await admin.goto('/#/ActivityRecord/periods');
    await choose(admin, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await row(admin).getByRole('button', { name: 'Reabrir 2009-Q3' }).click();
    await expectVisible(admin.getByRole('dialog').getByText('¿Reabrir 2009-Q3?'), 'asked first');
    await admin.getByRole('button', { name: 'Confirmar' }).click();
    await expectVisible(row(admin).getByText('Abierto'), 'unlocked by the admin');
    await admin.context().close();
  });

  it('the partner records a training and creates its training record from it, linked', async () => {
    const training = `Taller E2E ${run}`;
    await partner.goto('/#/ActivityRecord/create');
    await choose(partner, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await partner.getByLabel(/^Objetivo o actividad/).fill('2.2');
    await partner.getByLabel(/^Título/).fill(training);
    await choose(partner, /^Tipo/, 'Capacitación');
    await partner.getByLabel(/^Inicio/).fill('10/06/2009');
    await partner.getByLabel(/^Fin/).fill('11/06/2009');
    await choose(partner, /^Provincia/, 'Pichincha');
    await choose(partner, /^Cantón/, 'Quito');
    await partner.getByLabel('Mujeres y niñas — Personas adultas (18+)').fill('14');
    await partner.getByLabel('Hombres y niños — Personas adultas (18+)').fill('9');
    await partner.getByRole('button', { name: 'Guardar' }).click();
    await partner.waitForURL(/#\/ActivityRecord\/[^/]+\/show/);
    await expectVisible(partner.getByRole('heading', { name: training }).first(), "the training activity's page");
    await partner.getByRole('button', { name: 'Crear el registro de capacitación' }).click();
    const dialog = partner.getByRole('dialog', { name: 'Crear el registro de capacitación desde esta actividad' });
    await expectVisible(dialog.getByText(/su organización queda como organizadora/), 'the dialog says what the training takes');
    await choose(partner, /^Tipo de capacitación/, 'Seminario');
    await screenshot(partner, 'activity-11-training-from-record');
    await expectAccessible(partner, 'the create-training dialog');
    await dialog.getByRole('button', { name: 'Crear y vincular' }).click();
    const link = partner.getByRole('link', { name: 'Abrir la capacitación' });
    await expectVisible(link, 'the record links its new training');
    expect(await partner.getByRole('button', { name: 'Crear el registro de capacitación' }).count(), 'made once: the button is gone').toBe(
      0,
    );
    await link.click();
    await partner.waitForURL(/#\/Training\/tr-[0-9a-f]+\/show/);
    await expectVisible(partner.getByText(training).first(), 'the training page shows the activity’s title');
    await expectVisible(partner.getByText('Seminario').first(), 'of the chosen kind');
    await screenshot(partner, 'activity-12-training');
  });
});
