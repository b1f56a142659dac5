import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { screenshot, signIn } from './browser.ts';

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

describe('partner (Fundación Nuestros Jóvenes)', () => {
  it('sees only the agreements its organization is party to, and no create button', async () => {
    await signIn(page, 'partner', 'ruta-partner');
    await page.goto('/#/PartnerAgreement');
    await page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes' }).waitFor();
    await expect.poll(rows, { timeout: 15_000 }).toBe(2); // header + the IOM–FNJ agreement
    await page.getByRole('link', { name: 'FNJ' }).first().waitFor();
    expect(await page.getByRole('link', { name: 'Crear' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Exportar' }).count()).toBe(1);
    await screenshot(page, 'partner-1-agreements');

    await page.getByRole('cell', { name: 'Programa Piloto de Albergue — Fundación Nuestros Jóvenes' }).click();
    await page.waitForURL(/#\/PartnerAgreement\/[^/]+\/show/);
    await page.getByText(/150\.000,00/).waitFor();
    expect(await page.getByRole('link', { name: 'Editar' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Eliminar' }).count()).toBe(0);
    await screenshot(page, 'partner-2-agreement-show');

    // Organizations are readable by everyone, writable by the program team only.
    await page.goto('/#/Organization');
    await page.getByRole('cell', { name: 'Fundación Quimera' }).waitFor();
    expect(await page.getByRole('link', { name: 'Crear' }).count()).toBe(0);
  });
});

describe('donor (USAID)', () => {
  it('gets no personal columns and only its own agreements', async () => {
    await signIn(page, 'donor', 'ruta-donor');
    await page.goto('/#/Organization');
    await page.getByRole('cell', { name: 'Fundación Quimera' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Persona de contacto' }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Correo electrónico' }).count()).toBe(0);
    expect(await page.getByText('demo.quimera@example.org').count()).toBe(0);
    await screenshot(page, 'donor-1-organizations');

    await page.goto('/#/PartnerAgreement');
    await page.getByRole('cell', { name: 'Cooperative Agreement 518-A-00-06-00077-00' }).waitFor();
    await expect.poll(rows, { timeout: 15_000 }).toBe(2);
  });

  it('is told it has no access to the API explorer', async () => {
    await signIn(page, 'donor', 'ruta-donor');
    await page.goto('/graphiql');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('no tiene acceso al explorador');
    await screenshot(page, 'donor-2-graphiql-denied');
  });
});

describe('staff', () => {
  it('sees the contact columns', async () => {
    await signIn(page, 'staff', 'ruta-staff');
    await page.goto('/#/Organization');
    await page.getByRole('columnheader', { name: 'Persona de contacto' }).waitFor();
    await page.getByText('demo.quimera@example.org').waitFor();
  });

  it('pages through organizations with cursors', async () => {
    await signIn(page, 'staff', 'ruta-staff');
    const list = (query: string) => page.goto(`/#/Organization?${query}`);
    const firstCell = () => page.getByRole('row').nth(1).getByRole('cell').first().textContent();
    await list('filter=%7B%7D&order=ASC&page=1&perPage=10&sort=name');
    await expect.poll(firstCell, { timeout: 15_000 }).toBe('Banco Interamericano de Desarrollo');
    await page.getByText('1-10 de más de 10').waitFor();

    await page.getByRole('button', { name: 'Ir a la página siguiente' }).click();
    await expect.poll(firstCell, { timeout: 15_000 }).toBe('Fundación Quimera');
    await page.getByRole('button', { name: 'Ir a la página siguiente' }).click();
    await page.getByText('21-23 de 23').waitFor(); // the seed's 23 organizations
    await expect.poll(rows).toBe(4);
    await screenshot(page, 'staff-pagination-last-page');
    await page.getByRole('button', { name: 'Ir a la página anterior' }).click();
    await expect.poll(firstCell, { timeout: 15_000 }).toBe('Fundación Quimera');

    // A page whose cursor was never seen (a bookmark, another sort) starts over at page 1.
    await list('filter=%7B%7D&order=DESC&page=3&perPage=10&sort=name');
    await expect.poll(firstCell, { timeout: 15_000 }).toBe('USAID/Ecuador');
    expect(page.url()).toContain('page=1');
  });
});
