import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectVisible, SETTLE_MS, screenshot, signIn } from './browser.ts';

/** What partners and donors see: their own agreements, no write buttons, no personal data. */
const app = useApp();
let page: Page;

beforeEach(async () => {
  page = await app.newPage();
});
afterEach(async () => {
  await page.context().close();
});

const rows = () => page.getByRole('row').count();

/** Every organization's name in the API's order (by name), read as staff. */
async function organizationNames(): Promise<string[]> {
  const base = app.server.url;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'staff', password: 'ruta-staff' }),
  });
  const { token } = (await login.json()) as { token: string };
  const r = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ organizations(sort: { field: NAME, order: ASC }, first: 100) { nodes { name } } }' }),
  });
  const body = (await r.json()) as { data: { organizations: { nodes: { name: string }[] } } };
  return body.data.organizations.nodes.map((o) => o.name);
}

describe('partner (Fundación Nuestros Jóvenes)', () => {
  it('sees only the agreements its organization is party to, and no create button', async () => {
    await signIn(page, 'partner', 'ruta-partner');
    await page.goto('/#/PartnerAgreement');
    await expectVisible(
      page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes' }),
      'the partner sees the IOM–FNJ agreement',
    );
    await expect.poll(rows, { message: 'and no other agreement (header + 1 row)', timeout: SETTLE_MS }).toBe(2);
    await expectVisible(page.getByRole('link', { name: 'FNJ' }).first(), 'its own organization is a party chip');
    expect(await page.getByRole('link', { name: 'Crear' }).count(), 'the partner has no Crear on agreements').toBe(0);
    expect(await page.getByRole('button', { name: 'Exportar' }).count(), 'the partner may export what it sees').toBe(1);
    await screenshot(page, 'partner-1-agreements');

    await page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await expectVisible(page.getByText(/150\.000,00/), 'the agreement shows its value');
    expect(await page.getByRole('link', { name: 'Editar' }).count(), 'the partner has no Editar on the agreement').toBe(0);
    expect(await page.getByRole('button', { name: 'Eliminar' }).count(), 'the partner has no Eliminar on the agreement').toBe(0);
    await screenshot(page, 'partner-2-agreement-show');

    // Organizations are readable by everyone, writable by the program team only.
    await page.goto('/#/Organization');
    await expectVisible(page.getByRole('cell', { name: 'Fundación Quimera' }), 'the partner reads the organizations list');
    expect(await page.getByRole('link', { name: 'Crear' }).count(), 'the partner has no Crear on organizations').toBe(0);
  });
});

describe('donor (USAID)', () => {
  it('gets no personal columns, and the agreements USAID signed and those of the program it funds', async () => {
    await signIn(page, 'donor', 'ruta-donor');
    await page.goto('/#/Organization');
    await expectVisible(page.getByRole('cell', { name: 'Fundación Quimera' }), 'the donor reads the organizations list');
    expect(await page.getByRole('columnheader', { name: 'Persona de contacto' }).count(), 'no contact person column for a donor').toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Correo electrónico' }).count(), 'no e-mail column for a donor').toBe(0);
    expect(await page.getByText('demo.quimera@example.org').count(), 'no contact e-mail anywhere on the page').toBe(0);
    await screenshot(page, 'donor-1-organizations');

    await page.goto('/#/PartnerAgreement');
    await expectVisible(
      page.getByRole('cell', { name: 'Cooperative Agreement 518-A-00-06-00077-00' }),
      'the donor sees the agreement USAID signed',
    );
    // Issue 9.11: the sub-awards of the program USAID funds too (7 agreements), not the one outside it.
    await expect.poll(rows, { message: 'and the program’s other agreements (header + 7 rows)', timeout: SETTLE_MS }).toBe(8);
    expect(await page.getByRole('cell', { name: 'Mecanismo conjunto de atención a víctimas en Cuenca' }).count()).toBe(0);
  });

  it('is told it has no access to the API explorer', async () => {
    await signIn(page, 'donor', 'ruta-donor');
    await page.goto('/graphiql');
    const alert = page.getByRole('alert');
    await expectVisible(alert, 'the API explorer page shows an alert to a donor');
    expect(await alert.textContent(), 'the alert says the explorer is not for this role').toContain('no tiene acceso al explorador');
    await screenshot(page, 'donor-2-graphiql-denied');
  });
});

describe('staff', () => {
  it('sees the contact columns', async () => {
    await signIn(page, 'staff', 'ruta-staff');
    await page.goto('/#/Organization');
    await expectVisible(page.getByRole('columnheader', { name: 'Persona de contacto' }), 'staff get the contact person column');
    await expectVisible(page.getByText('demo.quimera@example.org'), 'staff read a contact e-mail');
  });

  it('pages through organizations with cursors', async () => {
    // The expected pages come from the API (every organization by name), so the test follows the demo data.
    const names = await organizationNames();
    expect(names.length, 'the demo data has more than two pages of 10 organizations').toBeGreaterThan(20);
    const lastPage = Math.ceil(names.length / 10);
    const lastRows = names.length - (lastPage - 1) * 10;
    await signIn(page, 'staff', 'ruta-staff');
    const list = (query: string) => page.goto(`/#/Organization?${query}`);
    const firstCell = () => page.getByRole('row').nth(1).getByRole('cell').first().textContent();
    await list('filter=%7B%7D&order=ASC&page=1&perPage=10&sort=name');
    await expect.poll(firstCell, { message: 'page 1 by name starts with the first name', timeout: SETTLE_MS }).toBe(names[0]);
    await expectVisible(page.getByText('1-10 de más de 10'), 'with cursors the total is not known yet: «más de 10»');

    await page.getByRole('button', { name: 'Ir a la página siguiente' }).click();
    await expect.poll(firstCell, { message: 'page 2 starts with the 11th name', timeout: SETTLE_MS }).toBe(names[10]);
    for (let p = 3; p <= lastPage; p++) {
      await page.getByRole('button', { name: 'Ir a la página siguiente' }).click();
      await expect
        .poll(firstCell, { message: `page ${p} starts with name ${(p - 1) * 10 + 1}`, timeout: SETTLE_MS })
        .toBe(names[(p - 1) * 10]);
    }
    await expectVisible(
      page.getByText(`${(lastPage - 1) * 10 + 1}-${names.length} de ${names.length}`),
      `the last page counts all ${names.length} organizations`,
    );
    await expect.poll(rows, { message: `the last page has ${lastRows} rows (and the header)`, timeout: SETTLE_MS }).toBe(lastRows + 1);
    await screenshot(page, 'staff-pagination-last-page');
    await page.getByRole('button', { name: 'Ir a la página anterior' }).click();
    await expect
      .poll(firstCell, { message: 'going back shows the page before the last again', timeout: SETTLE_MS })
      .toBe(names[(lastPage - 2) * 10]);

    // A page whose cursor was never seen (a bookmark, another sort) starts over at page 1.
    await list('filter=%7B%7D&order=DESC&page=3&perPage=10&sort=name');
    await expect
      .poll(firstCell, { message: 'an unknown cursor starts over at page 1 (descending)', timeout: SETTLE_MS })
      .toBe(names[names.length - 1]);
    expect(page.url(), 'the address says page 1').toContain('page=1');
  });
});
