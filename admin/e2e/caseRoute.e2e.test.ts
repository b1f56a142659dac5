import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectAccessible } from './axe.ts';
import { choose, expectVisible, pickSuggestion, screenshot } from './browser.ts';

/**
 * The route of a case on its page (issue 11.3, 11.4, 11.8): a case worker sees where the case is and
 * that it is overdue, records the next step from the steps the route allows, and refers the case —
 * the referral dialog refuses to send without consent, offers to record it first, and then sends it;
 * the consent in use cannot be withdrawn. axe on every tab.
 */
const app = useApp();
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const today = isoDay(Date.now());
const daysAgo = (n: number) => isoDay(Date.parse(`${today}T00:00:00Z`) - n * DAY);
const FNJ = 'Fundación Nuestros Jóvenes';

async function token(username: string, password: string): Promise<string> {
  const r = await fetch(`${app.server.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  return ((await r.json()) as { token: string }).token;
}

async function gql(bearer: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

let page: Page;
let caseId = '';
let worker = '';

beforeAll(async () => {
  worker = await token('caseworker', 'ruta-caseworker');
  // A case identified ten days ago: IDENTIFIED has 7 days by default, so it is overdue.
  const { createCase } = await gql(worker, 'mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }', {
    i: {
      programId: 'prog-ecuador-tip',
      exploitationTypes: ['LABOUR'],
      ageAtIdentification: 24,
      sex: 'MALE',
      dateReported: daysAgo(20),
      identity: { fullName: `Persona de prueba ${Date.now().toString(36)}` },
    },
  });
  caseId = createCase.id;
  await gql(worker, 'mutation($i: RecordRouteEventInput!) { recordRouteEvent(input: $i) { id } }', {
    i: { caseId, step: 'SCREENING', date: daysAgo(10), form: { screeningResult: 'VICTIM' } },
  });
  page = await app.newPage(['caseworker', 'ruta-caseworker']);
});

async function openRoute() {
  await page.goto(`/#/Case/${encodeURIComponent(caseId)}/show`);
  await page.getByRole('tab', { name: 'Ruta', exact: true }).click();
  await expectVisible(page.getByRole('heading', { name: 'Ruta de atención' }), 'the route section of the case page');
}

/** axe once the page is still: a notification fading in or out is measured mid-animation. */
async function accessible(where: string) {
  await page.locator('.MuiSnackbar-root').waitFor({ state: 'detached', timeout: 15_000 });
  await expectAccessible(page, where);
}

const routeTab = (name: string) => page.getByRole('tablist', { name: 'Ruta de atención' }).getByRole('tab', { name });

describe('the route of a case', () => {
  it('shows the stage, the days in it and the overdue highlight, and the timeline', async () => {
    await openRoute();
    await expectVisible(page.getByText(/^Plazo vencido el/), 'the overdue highlight (identified ten days ago, 7-day limit)');
    await expectVisible(page.getByText('10 días en esta etapa'), 'days in the stage');
    const timeline = page.getByRole('list', { name: 'Línea de tiempo de la ruta' });
    await expectVisible(timeline.getByText(/Identificación/), 'the screening on the timeline');
    await expectVisible(timeline.getByText(/Organización Internacional para las Migraciones/), 'the responsible organization');
    await screenshot(page, 'caseRoute-1-timeline');
    await accessible('case route timeline');
  });

  it('offers only the steps the route allows now, with the fields of the step chosen', async () => {
    await page.getByRole('button', { name: 'Registrar siguiente paso' }).click();
    await page.getByRole('combobox', { name: /^Paso/ }).click();
    const options = (await page.getByRole('option').allTextContents()).map((s) => s.trim());
    expect(options).toEqual(['Medida de protección', 'Plan de atención', 'Cierre', 'Denuncia penal presentada', 'Investigación']);
    await page.getByRole('option', { name: 'Plan de atención', exact: true }).click();
    await page.getByLabel(/^Objetivos del plan/).fill('Vivienda segura\nAtención psicológica');
    await page.getByLabel(/^Notas/).fill('Llegó desde Machala');
    await screenshot(page, 'caseRoute-2-next-step');
    await accessible('record next step dialog');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const timeline = page.getByRole('list', { name: 'Línea de tiempo de la ruta' });
    await expectVisible(timeline.getByText(/Plan de atención/), 'the new step on the timeline');
    await expectVisible(timeline.getByText(/Vivienda segura; Atención psicológica/), 'its goals');
    await expectVisible(page.getByText(/^Plazo hasta el/), 'a new due date, not overdue any more');
    expect(await page.getByText(/^Plazo vencido el/).count()).toBe(0);
  });

  it('refers the case only with consent: explains, offers to record it first, then sends', async () => {
    await routeTab('Derivaciones').click();
    await expectVisible(page.getByText('El caso no ha sido derivado.'), 'no referral yet');
    await accessible('referrals tab');
    await page.getByRole('button', { name: 'Derivar caso' }).click();
    await pickSuggestion(page, /^Derivar a/, 'Nuestros', FNJ);
    await expectVisible(page.getByText(/No hay un consentimiento vigente/), 'the dialog says consent is missing');
    await page.getByLabel(/^Motivo de la derivación/).fill('Acogida y reintegración');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await expectVisible(
      page.getByText('No hay un consentimiento vigente para derivar el caso a esta organización; regístrelo primero'),
      'refused on the organization field, nothing sent',
    );
    await screenshot(page, 'caseRoute-3-referral-without-consent');
    await accessible('referral dialog without consent');

    // The refused field takes the focus back and its suggestions open over the dialog: close them first.
    await page.getByRole('dialog').getByRole('heading', { name: 'Derivar caso' }).click();
    await page.getByRole('button', { name: 'Registrar consentimiento primero' }).click();
    await expectVisible(page.getByRole('dialog').getByText('Registrar consentimiento'), 'the consent dialog');
    await expect.poll(() => page.getByRole('combobox', { name: /^Finalidad/ }).textContent()).toContain('Derivación');
    await choose(page, /^Otorgado por/, 'La persona');
    await page.getByRole('button', { name: 'Guardar' }).click();
    // Saved: the referral dialog is back, and now finds the consent.
    await expectVisible(page.getByRole('dialog').getByRole('heading', { name: 'Derivar caso' }), 'back in the referral dialog');
    await pickSuggestion(page, /^Derivar a/, 'Nuestros', FNJ);
    await expectVisible(page.getByText(/dio su consentimiento para derivar a esta organización/), 'the dialog finds the consent');
    await page.getByLabel(/^Motivo de la derivación/).fill('Acogida y reintegración');
    await page.getByRole('button', { name: 'Guardar' }).click();
    const table = page.getByRole('table', { name: 'Derivaciones' });
    await expectVisible(table.getByText(FNJ), 'the referral in the table');
    await expectVisible(table.getByText('Activa'), 'active');
    await screenshot(page, 'caseRoute-4-referred');

    // The consent the referral relies on cannot be withdrawn.
    await routeTab('Consentimientos').click();
    const consents = page.getByRole('table', { name: 'Registros de consentimiento' });
    await expectVisible(consents.getByText('Otorgado', { exact: true }), 'the consent, given');
    await accessible('consents tab');
    await consents.getByRole('button', { name: 'Retirar' }).click();
    await page.getByRole('button', { name: 'Confirmar' }).click();
    await expectVisible(
      page.getByText(/Una derivación activa depende de este consentimiento/),
      'withdrawal refused while the referral is active',
    );
    await expectVisible(consents.getByText('Otorgado', { exact: true }), 'still given');
  });

  it('adds a service received', async () => {
    await routeTab('Servicios').click();
    await page.getByRole('button', { name: 'Añadir servicio' }).click();
    await choose(page, /^Servicio/, 'Salud');
    await pickSuggestion(page, /^Prestador/, 'Nuestros', FNJ);
    await page.getByRole('button', { name: 'Guardar' }).click();
    const table = page.getByRole('table', { name: 'Servicios recibidos' });
    await expectVisible(table.getByText('Salud'), 'the service in the table');
    await expectVisible(table.getByText('—'), 'an open service shows "—" as its end');
    await accessible('services tab');
  });

  it("the team's dashboard shows victims by sex and age band, the case above among the men of 18–24", async () => {
    const staffToken = await token('staff', 'ruta-staff');
    const { victimProfileTotals } = await gql(
      staffToken,
      'query { victimProfileTotals(programId: "prog-ecuador-tip") { sex ageBand identified assisted } }',
    );
    const men = (victimProfileTotals as { sex: string; ageBand: string; identified: number }[])
      .filter((r) => r.sex === 'MALE' && r.ageBand === 'AGE_18_24')
      .reduce((a, r) => a + r.identified, 0);
    expect(men, 'the case of beforeAll (a man of 24, screened) counts').toBeGreaterThan(0);
    const staff = await app.newPage(['staff', 'ruta-staff']);
    await staff.goto('/#/');
    const tile = staff.getByTestId('victim-profile');
    await expectVisible(tile, 'the victims-by-sex-and-age-band tile');
    await expectVisible(tile.getByRole('row', { name: new RegExp(`^Hombre\\s*18–24\\s*${men}\\b`) }), `men of 18–24: ${men} identified`);
    await tile.scrollIntoViewIfNeeded();
    await screenshot(staff, 'caseRoute-6-victims-by-sex-and-age');
    await expectAccessible(staff, 'the dashboard with the victims-by-sex-and-age-band tile');
  });
});
