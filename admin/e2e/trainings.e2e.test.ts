import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectAccessible } from './axe.ts';
import { choose, expectVisible, pickSuggestion, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Trainings (issue 10): staff records a training with two audience lines and watches the totals follow
 * the typing, saves it, finds it in the list filtered by province; a partner sees only the trainings its
 * organization organized or took part in; the new pages pass axe.
 */
const app = useApp();
let staff: Page;
const run = Date.now().toString(36);
const title = `Taller E2E ${run}`;

beforeAll(async () => {
  staff = await app.newPage(['staff', 'ruta-staff']);
});

const totals = (page: Page) => page.getByTestId('training-totals');
const line = (page: Page, n: number) => page.getByRole('row', { name: `Línea ${n}`, exact: true });

describe('trainings', () => {
  it('staff creates a training with two audience lines; the totals update as they type', async () => {
    await staff.goto('/#/Training/create');
    await staff.getByLabel(/^Título/).fill(title);
    await choose(staff, /^Tipo/, 'Seminario');
    await staff.getByLabel(/^Inicio/).fill('10/03/2009');
    await staff.getByLabel(/^Fin/).fill('11/03/2009');
    await pickSuggestion(staff, /^Organizadores/, 'Nuestros', /Fundación Nuestros Jóvenes/);
    await choose(staff, /^Provincia/, 'Manabí');
    await choose(staff, /^Cantón/, 'Portoviejo');
    await choose(staff, /^Programa/, 'Combating Trafficking in Persons in Ecuador');
    await staff.getByLabel(/^Objetivo o actividad/).fill('1.1');

    await pickSuggestion(staff, /^Organización/, 'Policía Nacional', /Policía Nacional del Ecuador/);
    await line(staff, 1)
      .getByLabel(/^Mujeres/)
      .fill('12');
    await expect
      .poll(() => totals(staff).textContent(), { timeout: SETTLE_MS, message: 'women typed: total 12' })
      .toMatch(/^Total: 12 \(mujeres 12/);
    await line(staff, 1)
      .getByLabel(/^Hombres/)
      .fill('30');
    await expect
      .poll(() => totals(staff).textContent(), { timeout: SETTLE_MS, message: 'men typed: total 42' })
      .toMatch(/^Total: 42 \(mujeres 12, hombres 30/);

    await staff.getByRole('button', { name: 'Agregar institución participante' }).click();
    await line(staff, 2)
      .getByLabel(/^Grupo/)
      .fill('Miembros de la comunidad');
    await line(staff, 2)
      .getByLabel(/^Sin registro/)
      .fill('8');
    await expect
      .poll(() => totals(staff).textContent(), { timeout: SETTLE_MS, message: 'second line: total 50' })
      .toMatch(/^Total: 50 \(mujeres 12, hombres 30, sin registro 8\)/);
    await expect.poll(() => line(staff, 2).locator('output').textContent(), { message: "the second line's own total" }).toBe('8');
    await screenshot(staff, 'trainings-1-form');
    await expectAccessible(staff, 'the training form');

    await staff.getByRole('button', { name: 'Guardar' }).click();
    await staff.waitForURL(/#\/Training\/[^/]+\/show/);
    await expectVisible(staff.getByText(title).first(), "the new training's page shows its title");
    await expectVisible(staff.getByText('Portoviejo, Manabí'), 'the place in words');
    await staff.getByRole('tab', { name: 'Participantes por institución' }).click();
    await expectVisible(staff.getByRole('row', { name: /^Total de participantes\s*12\s*30\s*8\s*50$/ }), 'the totals row: 12, 30, 8, 50');
    await expectVisible(staff.getByRole('cell', { name: 'Miembros de la comunidad' }), 'the group line');
    await screenshot(staff, 'trainings-2-show');
    await expectAccessible(staff, "the training's participants");
  });

  it('the list filtered by province shows it, and not the trainings of other provinces', async () => {
    await staff.goto(`/#/Training?filter=${encodeURIComponent(JSON.stringify({ provinceCode: '13' }))}`);
    await expectVisible(staff.getByRole('cell', { name: title }), 'the new training in Manabí');
    await expectVisible(
      staff.getByRole('cell', { name: /Policía Nacional en trata de personas — Portoviejo/ }),
      'the demo training of Portoviejo',
    );
    expect(await staff.getByRole('cell', { name: /— Esmeraldas$/ }).count(), 'no training of Esmeraldas').toBe(0);
    await screenshot(staff, 'trainings-3-list-manabi');
    await expectAccessible(staff, 'the trainings list');
  });

  it("the team's dashboard shows people trained by objective and sex, the new training included", async () => {
    await staff.goto('/#/');
    const tile = staff.getByTestId('people-trained');
    await expectVisible(tile, 'the people-trained tile');
    // Objective 1.1: the demo's 2,609 officials and the 50 people of the training created above.
    await expectVisible(
      tile.getByRole('row', { name: /^1\.1\s*22\s*30\s*2\.?607\s*2\.?659$/ }),
      '1.1: 22 women, 30 men, 2607 not recorded, 2659 (Spanish groups thousands from five digits on)',
    );
    await expectVisible(tile.getByRole('row', { name: /^2\.2\s*0\s*0\s*1\.?128\s*1\.?128$/ }), '2.2: 1128 people, sex not recorded');
    await tile.scrollIntoViewIfNeeded();
    await screenshot(staff, 'trainings-5-dashboard');
    await expectAccessible(staff, 'the dashboard with the people-trained tile');
  });

  it('a partner sees only the trainings its organization organized or took part in', async () => {
    const partner = await app.newPage(['partner', 'ruta-partner']);
    await partner.goto('/#/Training');
    await expectVisible(partner.getByRole('cell', { name: title }), 'the training FNJ organized');
    await expectVisible(partner.getByRole('cell', { name: /^Sensibilización comunitaria/ }), 'the community training FNJ co-organized');
    await expect
      .poll(() => partner.getByRole('row').count(), { timeout: SETTLE_MS, message: 'two trainings (and the header row)' })
      .toBe(3);
    expect(await partner.getByRole('button', { name: 'Crear' }).count(), 'partners cannot create').toBe(0);
    await screenshot(partner, 'trainings-4-partner');
    await expectAccessible(partner, "the partner's trainings");
    await partner.context().close();
  });
});
