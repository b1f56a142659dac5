import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { seriousViolations } from './axe.ts';
import { choose, expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * The program team's dashboard (issue 9.4) and the history tab on every record (issue 9.5).
 * Every figure the test expects is computed here from the API (as staff), never written down: the
 * dashboard must agree with the records it summarises.
 */
const app = useApp();
const SEED_PROGRAM = 'prog-ecuador-tip';
const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** "727.272,00 US$" → 72727200: amounts compared as their digits (minor units), whatever the formatting. */
const digits = (text: string) => Number(text.replace(/\D/g, ''));

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

/** Every agreement of a program, through the plain program filter (pages of 100). */
async function agreementsOf(staff: string, programId: string) {
  const all: { id: string; title: string; status: string; endDate: string | null }[] = [];
  let after: string | null = null;
  do {
    const { partnerAgreements } = await gql(
      staff,
      `query($f: PartnerAgreementFilter, $after: String) { partnerAgreements(filter: $f, first: 100, after: $after) {
        nodes { id title status endDate } pageInfo { hasNextPage endCursor } } }`,
      { f: { programId }, after },
    );
    all.push(...partnerAgreements.nodes);
    after = partnerAgreements.pageInfo.hasNextPage ? partnerAgreements.pageInfo.endCursor : null;
  } while (after);
  return all;
}

let staffToken: string;
const today = isoDay(Date.now());
const in30 = isoDay(Date.parse(`${today}T00:00:00Z`) + 30 * DAY);
const in90 = isoDay(Date.parse(`${today}T00:00:00Z`) + 90 * DAY);
const ending = { id: 'agr-e2e-ending', title: 'Convenio de prueba que termina pronto' };
const newer = { id: 'prog-e2e-newer', name: 'Programa de prueba más reciente' };

beforeAll(async () => {
  staffToken = await token('staff', 'ruta-staff');
  // A program that started after the seed's (the dashboard's default), and an agreement of the seed
  // program ending in 30 days (the seed's own agreements all ended in 2009).
  await gql(staffToken, 'mutation($i: CreateProgramInput!) { createProgram(input: $i) { id } }', {
    i: {
      id: newer.id,
      name: newer.name,
      country: 'EC',
      donorIds: ['org-usaid'],
      implementerId: 'org-iom-ec',
      startDate: isoDay(Date.now() - 200 * DAY),
      originalEndDate: isoDay(Date.now() + 400 * DAY),
      currency: 'USD',
      adminFeeRateBps: 700,
      originalDeclaredTotal: 10_000_000,
    },
  });
  await gql(staffToken, 'mutation($i: CreatePartnerAgreementInput!) { createPartnerAgreement(input: $i) { id } }', {
    i: {
      id: ending.id,
      programId: SEED_PROGRAM,
      kind: 'MOU',
      title: ending.title,
      partyIds: ['org-iom-ec', 'org-esquel'],
      startDate: '2008-01-01',
      endDate: in30,
      status: 'ACTIVE',
    },
  });
});

/** The program dashboard, switched to the seed program. */
async function openSeedProgram(page: Page) {
  const board = page.getByTestId('program-dashboard');
  await expectVisible(board, 'the dashboard shows the program panel', 30_000);
  const select = page.getByRole('combobox', { name: /^Programa/ });
  await select.click();
  await page.getByRole('option', { name: 'Combating Trafficking in Persons in Ecuador', exact: true }).click();
  await expect
    .poll(() => select.textContent(), { message: 'the seed program is chosen', timeout: SETTLE_MS })
    .toBe('Combating Trafficking in Persons in Ecuador');
  return board;
}

async function expectStatusCounts(page: Page, who: string) {
  const agreements = await agreementsOf(staffToken, SEED_PROGRAM);
  const expected = new Map<string, number>();
  for (const a of agreements) expected.set(a.status, (expected.get(a.status) ?? 0) + 1);
  const table = page.getByRole('table', { name: 'Convenios de este programa por estado' });
  await expectVisible(table, `${who}: the agreements-by-status tile is shown`);
  for (const status of ['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED']) {
    const count = table.locator(`tr[data-status="${status}"] td`).last();
    await expect
      .poll(() => count.textContent(), { message: `${who}: ${status} agreements of the program`, timeout: SETTLE_MS })
      .toBe(String(expected.get(status) ?? 0));
  }
  return agreements;
}

describe('staff', () => {
  let page: Page;
  beforeAll(async () => {
    page = await app.newPage(['staff', 'ruta-staff']);
  });

  it('opens on the most recent program, and shows the seed program’s figures when chosen', async () => {
    const { programs } = await gql(staffToken, '{ programs(first: 100) { nodes { id name startDate endDate } } }');
    const mostRecent = [...programs.nodes].sort(
      (a: any, b: any) => b.startDate.localeCompare(a.startDate) || a.name.localeCompare(b.name),
    )[0];
    expect(mostRecent.id, 'the program created for the test is the most recent').toBe(newer.id);
    await expectVisible(page.getByTestId('program-dashboard'), 'staff sees the program dashboard', 30_000);
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Programa/ }).textContent(), {
        message: 'the selector defaults to the program that started last',
        timeout: SETTLE_MS,
      })
      .toBe(mostRecent.name);

    const board = await openSeedProgram(page);
    const seed = programs.nodes.find((p: any) => p.id === SEED_PROGRAM);
    const from = `${seed.startDate.slice(0, 7)}-01`;
    const to = seed.endDate;
    const { resultsReport: report } = await gql(
      staffToken,
      `query($p: ID!, $from: Date!, $to: Date!) { resultsReport(programId: $p, from: $from, to: $to) {
        rows { code level title planned cost } otherCosts { label planned cost } } }`,
      { p: SEED_PROGRAM, from, to },
    );
    const bars = [
      ...report.rows.filter((r: any) => r.level === 'SPECIFIC'),
      ...report.otherCosts.map((c: any) => ({ ...c, code: c.label })),
    ];
    const planned = bars.reduce((a: number, r: any) => a + r.planned, 0);
    const spent = bars.reduce((a: number, r: any) => a + r.cost, 0);
    expect(spent, 'the seed program has spending to show').toBeGreaterThan(0);

    const spentTile = board.getByRole('region', { name: 'Gastado frente a planificado por objetivo' });
    const totals = spentTile.getByTestId('spent-totals');
    await expectVisible(totals, 'the spent-vs-planned tile shows its totals', 30_000);
    const [spentText, plannedText] = ((await totals.textContent()) ?? '').replace(/^Gastado /, '').split(' de ');
    expect(digits(spentText ?? ''), 'spent = the report’s cost by objective and outside them').toBe(spent);
    expect(digits(plannedText ?? ''), 'planned = the report’s planned budget').toBe(planned);
    const chart = spentTile.getByRole('img', { name: /Gastado frente a planificado por objetivo/ });
    expect(await chart.locator('[data-objective]').count(), 'one bar group per objective and per cost outside them').toBe(bars.length);

    await expectStatusCounts(page, 'staff');

    // Ending in the next 90 days: what the program's agreements say, computed here.
    const agreements = await agreementsOf(staffToken, SEED_PROGRAM);
    const expiring = agreements
      .filter((a) => a.status === 'ACTIVE' && a.endDate && a.endDate >= today && a.endDate <= in90)
      .sort((a, b) => a.endDate!.localeCompare(b.endDate!));
    expect(expiring.map((a) => a.id)).toContain(ending.id);
    const list = board.getByRole('list', { name: 'Convenios por terminar' });
    await expectVisible(list, 'the ending-agreements tile lists agreements');
    await expect
      .poll(() => list.getByRole('link').allTextContents(), {
        message: 'the agreements ending in 90 days, soonest first',
        timeout: SETTLE_MS,
      })
      .toEqual(expiring.map((a) => a.title));
    await expectVisible(list.getByText(/en 30 días/), 'the tile says how many days are left');

    // Recent changes: the latest is the agreement created above, by staff.
    const recent = board.getByRole('table', { name: 'Últimos cambios en los registros' });
    await expectVisible(recent, 'the recent-changes tile is shown');
    await recent.scrollIntoViewIfNeeded();
    await screenshot(page, 'dashboard-1b-staff-recent');
    const first = recent.getByRole('row').nth(1);
    await expect
      .poll(() => first.textContent(), { message: 'the newest change is the agreement just created', timeout: SETTLE_MS })
      .toMatch(/staff \(Equipo del programa\)Creación\s*Convenio\s*1$/);
    await first.getByRole('link', { name: 'Convenio' }).click();
    await page.waitForURL(new RegExp(`#/PartnerAgreement/${ending.id}/show`));
    await expectVisible(page.getByText(ending.title).first(), 'the link opens the changed agreement');
    await page.goto('/#/');
    await openSeedProgram(page);
    await screenshot(page, 'dashboard-1-staff');
  });
});

describe('admin', () => {
  it('sees the same tiles', async () => {
    const page = await app.newPage(['admin', 'ruta-admin']);
    try {
      await openSeedProgram(page);
      await expectStatusCounts(page, 'admin');
      await expectVisible(page.getByRole('region', { name: 'Cambios recientes' }), 'admin sees the recent changes');
      await expectVisible(
        page.getByRole('region', { name: 'Convenios que terminan en los próximos 90 días' }),
        'admin sees the ending agreements',
      );
    } finally {
      await page.context().close();
    }
  });
});

describe('donor', () => {
  it('keeps its own dashboard and never sees recent changes', async () => {
    const page = await app.newPage(['donor', 'ruta-donor']);
    try {
      await expectVisible(page.getByText('Programas que usted financia'), 'the donor’s program panel is there', 30_000);
      await expectVisible(
        page.locator('[aria-label="Combating Trafficking in Persons in Ecuador"]').getByText('727.272,00 US$').first(),
        'with its program’s figures',
        30_000,
      );
      expect(await page.getByTestId('program-dashboard').count(), 'no program-team dashboard').toBe(0);
      expect(await page.getByText('Cambios recientes').count(), 'no recent changes').toBe(0);
      expect(await page.getByText('Convenios por estado').count(), 'no agreement counts').toBe(0);
      await screenshot(page, 'dashboard-2-donor');
    } finally {
      await page.context().close();
    }
  });
});

/** The first row of a record's history table, and the API's newest audit event of it. */
async function expectHistory(page: Page, entityType: string, entityId: string, what: string) {
  await page.getByRole('tab', { name: 'Historial' }).click();
  const table = page.getByRole('table', { name: 'Historial de cambios de este registro' });
  await expectVisible(table, `the ${what}'s history is shown`);
  const { auditEvents } = await gql(
    staffToken,
    `query($t: String!, $id: ID!) { auditEvents(entityType: $t, entityId: $id, first: 100) {
      nodes { at actor action versionAfter versionBefore } } }`,
    { t: entityType, id: entityId },
  );
  const newest = auditEvents.nodes[0];
  expect(newest, `the ${what} was just edited by staff`).toMatchObject({ actor: 'staff', action: 'UPDATE' });
  await expect
    .poll(() => table.getByRole('row').count(), { message: `one row per audit event of the ${what}`, timeout: SETTLE_MS })
    .toBe(auditEvents.nodes.length + 1);
  const row = table.getByRole('row').nth(1);
  const cells = row.getByRole('cell');
  expect(await row.locator('time').getAttribute('datetime'), 'when: the event’s time').toBe(newest.at);
  expect(await cells.nth(0).textContent(), 'when: a local date and time').toMatch(/\d{4}.*\d{1,2}:\d{2}/);
  expect(await cells.nth(1).textContent(), 'who: actor and role').toBe('staff (Equipo del programa)');
  expect(await cells.nth(2).textContent(), 'what: the translated action').toBe('Modificación');
  expect(await cells.nth(3).textContent(), 'version after the change').toBe(String(newest.versionAfter));
  const last = table.getByRole('row').last().getByRole('cell');
  expect(await last.nth(2).textContent(), 'the oldest event is the creation').toBe('Creación');
}

describe('history tab', () => {
  let page: Page;
  beforeAll(async () => {
    page = await app.newPage(['staff', 'ruta-staff']);
  });

  it('shows who, when, what and version on an organization after editing it in the console', async () => {
    await page.goto('/#/Organization/org-esquel/show');
    await expectVisible(page.getByRole('tab', { name: 'Identificación' }), 'the organization opens');
    await page.goto('/#/Organization/org-esquel');
    const notes = page.getByLabel('Notas');
    await expectVisible(notes, 'the edit form opens');
    await notes.fill('Visitada en la revisión de convenios.');
    await page.getByRole('button', { name: 'Guardar' }).click();
    await page.waitForURL(/#\/Organization\/org-esquel\/show/);
    await expectHistory(page, 'Organization', 'org-esquel', 'organization');
    await screenshot(page, 'dashboard-3-history-organization');
  });

  it('on an agreement and a program after editing them', async () => {
    const { partnerAgreement } = await gql(staffToken, '{ partnerAgreement(id: "agr-iom-mre") { version } }');
    await gql(staffToken, 'mutation($i: UpdatePartnerAgreementInput!) { updatePartnerAgreement(input: $i) { id } }', {
      i: { id: 'agr-iom-mre', version: partnerAgreement.version, purpose: 'Protocolo de asistencia consular (revisado).' },
    });
    await page.goto('/#/PartnerAgreement/agr-iom-mre/show');
    await expectVisible(page.getByRole('tab', { name: 'Convenio' }), 'the agreement opens on its fields');
    await expectHistory(page, 'PartnerAgreement', 'agr-iom-mre', 'agreement');

    const { program } = await gql(staffToken, `{ program(id: "${SEED_PROGRAM}") { version } }`);
    await gql(staffToken, 'mutation($i: UpdateProgramInput!) { updateProgram(input: $i) { id } }', {
      i: { id: SEED_PROGRAM, version: program.version, agreementReference: 'Cooperative Agreement 518-A-00-06-00077-00 (rev.)' },
    });
    await page.goto(`/#/Program/${SEED_PROGRAM}/show`);
    await expectVisible(page.getByRole('tab', { name: 'Programa' }), 'the program opens on its fields');
    await expectHistory(page, 'Program', SEED_PROGRAM, 'program');
    await screenshot(page, 'dashboard-4-history-program');
  });

  it('is absent for a partner and a donor', async () => {
    for (const [user, password, paths] of [
      [
        'partner',
        'ruta-partner',
        ['/#/Organization/org-fnj/show', '/#/PartnerAgreement/agr-iom-fnj/show', `/#/Program/${SEED_PROGRAM}/show`],
      ],
      [
        'donor',
        'ruta-donor',
        ['/#/Organization/org-usaid/show', '/#/PartnerAgreement/agr-usaid-iom/show', `/#/Program/${SEED_PROGRAM}/show`],
      ],
    ] as const) {
      const other = await app.newPage([user, password]);
      try {
        for (const path of paths) {
          await other.goto(path);
          await expectVisible(other.getByRole('tablist'), `${user} sees ${path}`);
          expect(await other.getByRole('tab').count(), `${user}: ${path} has its fields' tab`).toBeGreaterThan(0);
          expect(await other.getByRole('tab', { name: 'Historial' }).count(), `${user}: no history on ${path}`).toBe(0);
        }
      } finally {
        await other.context().close();
      }
    }
  });
});

/** The public statistics table as the API gives it to anyone (no token). */
async function publicTable(dimensions: string[]): Promise<any> {
  const cell = 'row col count suppressed';
  const r = await fetch(`${app.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `query($d: [StatDimension!]!) { publicStatistics(dimensions: $d) { k yearFrom yearTo rows cols
        cells { ${cell} } rowTotals { ${cell} } colTotals { ${cell} } total { ${cell} } } }`,
      variables: { d: dimensions },
    }),
  });
  const body = (await r.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.publicStatistics;
}

describe('public statistics page (issue 12.3), signed out', () => {
  it('opens signed out in Spanish: table with totals and <k marks, chart with a text alternative, CSV with the note; English; axe', async () => {
    const page = await app.newPage();
    try {
      // Signed out, straight to the public address (the login card is drawn before the console's scripts).
      await page.goto('/#/estadisticas');
      await expectVisible(
        page.getByRole('heading', { name: 'Trata de personas en Ecuador: estadísticas públicas' }),
        'the page opens signed out',
        30_000,
      );
      const byYear = await publicTable(['YEAR']);
      const table = page.getByRole('table', {
        name: `Víctimas identificadas por Año de identificación, ${byYear.yearFrom}–${byYear.yearTo}`,
      });
      await expectVisible(table, 'the table by year, named by its caption');
      const totalRow = table.getByRole('row').last();
      const shown = (await totalRow.getByRole('cell').last().textContent()) ?? '';
      expect(shown, 'the grand total is the API’s (or its mark)').toBe(
        byYear.total.suppressed ? `<${byYear.k}` : byYear.total.count.toLocaleString('es-EC'),
      );
      expect(await table.getByRole('row').count(), 'header, one row per year, total').toBe(byYear.rows.length + 2);
      await expectVisible(page.getByRole('img', { name: /Víctimas identificadas por Año de identificación/ }), 'the chart, named');

      // Two dimensions: years by sex, every suppressed count shown as <k, never as a number.
      await choose(page, /^Columnas/, 'Sexo');
      const bySex = await publicTable(['YEAR', 'SEX']);
      const table2 = page.getByRole('table', { name: /Víctimas identificadas por Año de identificación y Sexo/ });
      await expectVisible(table2, 'the two-dimension table');
      const suppressed = [...bySex.cells, ...bySex.rowTotals, ...bySex.colTotals, bySex.total].filter((c: any) => c.suppressed).length;
      await expect.poll(() => table2.getByText(`<${bySex.k}`, { exact: true }).count(), { timeout: SETTLE_MS }).toBe(suppressed);
      expect(await table2.getByRole('columnheader').count(), 'row header, one column per sex, total').toBe(bySex.cols.length + 2);
      expect(await seriousViolations(page), 'axe: no serious WCAG A/AA violation').toEqual([]);
      await screenshot(page, 'public-stats-1-es');

      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Descargar CSV' }).click()]);
      const csv = readFileSync((await file.path())!, 'utf8');
      const lines = csv.split(/\r?\n/);
      expect(lines[0]).toMatch(/^Año de identificación \\ Sexo,/);
      expect(lines.filter((l) => l.includes(`<${bySex.k}`)).length > 0).toBe(suppressed > 0);
      expect(csv).toContain('HTCDS');
      expect(csv).toContain(`"<${bySex.k}" indica un conteo menor a ${bySex.k}`.replaceAll('"', '""'));

      await page.getByRole('button', { name: 'English' }).click();
      await expectVisible(page.getByRole('heading', { name: 'Trafficking in persons in Ecuador: public statistics' }), 'English');
      await expectVisible(page.getByRole('table', { name: /^Identified victims by Year of identification/ }), 'the table in English');
      // The page is drawn again in the new language; its year pickers stay disabled (faint, as WCAG
      // allows for inactive controls, which axe cannot tell) until the years are back.
      await expect.poll(() => page.getByRole('combobox', { disabled: true }).count(), { timeout: SETTLE_MS }).toBe(0);
      expect(await seriousViolations(page), 'axe in English').toEqual([]);
      await screenshot(page, 'public-stats-2-en');
    } finally {
      await page.context().close();
    }
  });

  it('asks the edge-cacheable GET (same table, same URL) and keeps the chosen columns across a language switch', async () => {
    const page = await app.newPage();
    try {
      const answers: { method: string; url: string; cache: string | undefined }[] = [];
      page.on('response', (r) => {
        if (r.url().includes('/public/graphql'))
          answers.push({ method: r.request().method(), url: r.url(), cache: r.headers()['cache-control'] });
      });
      await page.goto('/#/estadisticas');
      await choose(page, /^Columnas/, 'Sexo');
      await expectVisible(page.getByRole('table', { name: /Año de identificación y Sexo/ }), 'years by sex', 30_000);
      await page.getByRole('button', { name: 'English' }).click();
      await expectVisible(
        page.getByRole('table', { name: /^Identified victims by Year of identification and Sex,/ }),
        'still by sex in English',
      );
      await expect.poll(() => page.getByRole('combobox', { name: /^Columns/ }).textContent(), { timeout: SETTLE_MS }).toBe('Sex');
      // The sexes by name, not by code.
      await expectVisible(page.getByRole('columnheader', { name: 'Female', exact: true }), 'Female, not FEMALE');
      const bySex = answers.filter((a) => decodeURIComponent(a.url).includes('"dimensions":["YEAR","SEX"]'));
      expect(bySex.length, 'the table by sex was asked for').toBeGreaterThan(0);
      expect(
        answers.every((a) => a.method === 'GET' && a.cache === 'public, max-age=300'),
        JSON.stringify(answers),
      ).toBe(true);
      expect(new Set(bySex.map((a) => a.url)).size, 'one URL for one table').toBe(1);
      await screenshot(page, 'public-stats-3-en-kept');
    } finally {
      await page.context().close();
    }
  });
});

describe('HTCDS export (issue 12.4)', () => {
  it('staff download the program’s cases as HTCDS with the summary; no identity in the file; a partner has no button', async () => {
    const page = await app.newPage(['staff', 'ruta-staff']);
    try {
      await page.goto(`/#/Program/${SEED_PROGRAM}/show`);
      await expectVisible(page.getByRole('button', { name: 'Exportar HTCDS' }), 'the program opens with the export', 30_000);
      const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar HTCDS' }).click()]);
      const csv = readFileSync((await file.path())!, 'utf8');
      const lines = csv.trim().split(/\r?\n/);
      expect(lines[0]).toBe(
        'prs_Gender,ruta_AgeBand,prs_Citizenship,vic_TypeOfExploitation,ruta_Year,vic_LocationOfExploitation,vic_Methods_of_Control,cas_Status',
      );
      expect(csv).not.toMatch(/Persona Demo|EC-20\d\d-/);
      const dialog = page.getByRole('dialog', { name: 'Exportación HTCDS descargada' });
      await expectVisible(dialog, 'the summary opens');
      await expectVisible(
        dialog.getByText(new RegExp(`Se exportaron ${lines.length - 1} de los \\d+ casos`)),
        'the summary counts the rows of the file',
      );
      expect(await seriousViolations(page), 'axe on the summary').toEqual([]);
      await screenshot(page, 'htcds-export-summary');
    } finally {
      await page.context().close();
    }
    const partner = await app.newPage(['partner', 'ruta-partner']);
    try {
      await partner.goto(`/#/Program/${SEED_PROGRAM}/show`);
      await expectVisible(partner.getByRole('tablist'), 'the partner sees the program', 30_000);
      expect(await partner.getByRole('button', { name: 'Exportar HTCDS' }).count(), 'no export for a partner').toBe(0);
    } finally {
      await partner.context().close();
    }
  });
});
