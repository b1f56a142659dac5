import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useApp } from './app.ts';
import { expectVisible, SETTLE_MS, screenshot } from './browser.ts';

/**
 * Files that open right in a spreadsheet, in the user's language (issue 9, item 3), and the report's
 * default period (item 8): staff exports the organizations and agreements lists in Spanish (BOM, `;`,
 * Spanish headers and labels, plain numbers) and in English (`,`, English headers), the results report
 * as CSV (one indicator per line) and as an Excel workbook with the figures the page shows; the
 * report of the ended demo program (2006–2009) opens on the whole program.
 */
const app = useApp();
let page: Page;

beforeAll(async () => {
  page = await app.newPage(['staff', 'ruta-staff']);
});
afterAll(async () => {
  await page.context().close();
});

interface Download {
  name: string;
  bytes: Buffer;
}

async function download(button: Locator): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** A CSV as the tests read it: BOM checked and removed, lines split on the given separator (cells here hold no quotes). */
function table(file: Download, separator: string): string[][] {
  expect([...file.bytes.subarray(0, 3)], `${file.name} starts with the UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
  const text = file.bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n'), 'CRLF line ends, as Excel writes them').toBe(true);
  return text
    .trimEnd()
    .split('\r\n')
    .map((line) => splitCsvLine(line, separator));
}

/** One CSV line into cells, honouring double quotes (names with `;` in them are quoted). */
function splitCsvLine(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === separator) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** `800.000,00 US$` / `$800,000.00` → 800000: a figure as the page shows it, in the page's language. */
function pageAmount(text: string, decimal: ',' | '.'): number {
  const group = decimal === ',' ? '.' : ',';
  const plain = text
    .replaceAll(group, '')
    .replace(/[^\d,.\-−]/g, '')
    .replace('−', '-');
  return Number(decimal === ',' ? plain.replace(',', '.') : plain);
}

/** A number cell of a CSV written with `decimal` as the decimal mark (and nothing else: no grouping). */
function csvAmount(cell: string | undefined, decimal: ',' | '.'): number {
  expect(cell, 'a plain number: digits, an optional sign and decimal mark').toMatch(decimal === ',' ? /^-?\d+(,\d+)?$/ : /^-?\d+(\.\d+)?$/);
  return Number(cell!.replace(',', '.'));
}

const column = (rows: string[][], header: string) => {
  const index = rows[0]!.indexOf(header);
  expect(index, `the header row has «${header}»`).toBeGreaterThanOrEqual(0);
  return index;
};

const rowOf = (rows: string[][], header: string, value: string) => {
  const row = rows.find((r) => r[column(rows, header)] === value);
  expect(row, `a line with ${header} = ${value}`).toBeDefined();
  return row!;
};

/** The text of the list row's cell at `index` (columns of the Datagrid, in order). */
async function listCell(name: string, index: number): Promise<string> {
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
  await expectVisible(row, `the list shows ${name}`);
  return ((await row.getByRole('cell').nth(index).textContent()) ?? '').trim();
}

const RAW_CODES = /\b(INTERNATIONAL_ORGANIZATION|COOPERATIVE_AGREEMENT|MOU|DRAFT|ACTIVE|EXPIRED|TERMINATED|NGO|MINISTRY|DONOR)\b/;

describe('list exports', () => {
  it('exports the organizations in Spanish: BOM, semicolons, the form’s labels, kinds and countries by name', async () => {
    await page.goto('/#/Organization');
    const bank = 'Banco Interamericano de Desarrollo';
    const kindOnPage = await listCell(bank, 2);
    const file = await download(page.getByRole('button', { name: 'Exportar' }));
    expect(file.name, 'named after the list').toMatch(/^Organizaciones_\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = table(file, ';');
    expect(rows[0]!.slice(0, 6), 'Spanish headers, the labels of the form').toEqual(['Id', 'Nombre', 'Sigla', 'Tipo', 'País', 'Provincia']);
    expect(rows[0]).toContain('Convenios');
    expect(
      rows.every((r) => r.length === rows[0]!.length),
      'every line has every column',
    ).toBe(true);
    expect(rowOf(rows, 'Nombre', bank)[column(rows, 'Tipo')], 'the kind as the list shows it').toBe(kindOnPage);
    expect(kindOnPage).toBe('Organismo internacional');
    expect(rowOf(rows, 'Nombre', 'Fundación Ricky Martin')[column(rows, 'País')], 'countries by name, not code').toBe('Puerto Rico');
    expect(rowOf(rows, 'Nombre', bank)[column(rows, 'País')]).toBe('Ecuador');
    const iom = rowOf(rows, 'Sigla', 'OIM');
    expect(csvAmount(iom[column(rows, 'Convenios')], ','), 'counts are numbers').toBeGreaterThan(0);
    expect(iom[column(rows, 'Creada')], 'dates as ISO dates').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.flat().join('\n'), 'no enum codes, only their labels').not.toMatch(RAW_CODES);
  });

  it('exports the agreements in Spanish: parties by name, labels, the value as a number in dollars, ISO dates', async () => {
    await page.goto('/#/PartnerAgreement');
    const title = 'Cooperative Agreement 518-A-00-06-00077-00';
    const kindOnPage = await listCell(title, 1);
    const statusOnPage = await listCell(title, 5);
    const valueOnPage = pageAmount(await listCell(title, 6), ',');
    const file = await download(page.getByRole('button', { name: 'Exportar' }));
    expect(file.name).toMatch(/^Convenios_\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = table(file, ';');
    expect(rows[0]!.slice(0, 9)).toEqual(['Id', 'Título', 'Tipo', 'Partes', 'Programa', 'Firmado el', 'Inicio', 'Fin', 'Estado']);
    const usaid = rowOf(rows, 'Título', title);
    expect(usaid[column(rows, 'Tipo')], 'the kind as the list shows it').toBe(kindOnPage);
    expect(usaid[column(rows, 'Estado')], 'the status as the list shows it').toBe(statusOnPage);
    expect(usaid[column(rows, 'Partes')], 'parties by name, not id').toBe(
      'USAID/Ecuador; Organización Internacional para las Migraciones — Ecuador',
    );
    expect(usaid[column(rows, 'Programa')], 'the program by name').toBe('Combating Trafficking in Persons in Ecuador');
    expect(csvAmount(usaid[column(rows, 'Valor')], ','), 'the value in dollars, as the list shows it').toBe(valueOnPage);
    expect(usaid[column(rows, 'Inicio')]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rows.flat().join('\n'), 'no enum codes, only their labels').not.toMatch(RAW_CODES);
  });

  it('exports in English after switching the language: commas, English headers and labels', async () => {
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await expectVisible(page.getByRole('columnheader', { name: 'Title' }), 'the list is in English');
    const title = 'Cooperative Agreement 518-A-00-06-00077-00';
    const kindOnPage = await listCell(title, 1);
    const valueOnPage = pageAmount(await listCell(title, 6), '.');
    const rows = table(await download(page.getByRole('button', { name: 'Export' })), ',');
    expect(rows[0]!.slice(0, 9)).toEqual(['Id', 'Title', 'Kind', 'Parties', 'Program', 'Signed on', 'Start', 'End', 'Status']);
    const usaid = rowOf(rows, 'Title', title);
    expect(usaid[column(rows, 'Kind')]).toBe(kindOnPage);
    expect(kindOnPage).toBe('Cooperative agreement');
    expect(csvAmount(usaid[column(rows, 'Value')], '.')).toBe(valueOnPage);

    await page.goto('/#/Organization');
    const organizations = table(await download(page.getByRole('button', { name: 'Export' })), ',');
    expect(organizations[0]!.slice(0, 5)).toEqual(['Id', 'Name', 'Acronym', 'Kind', 'Country']);
    expect(rowOf(organizations, 'Name', 'Banco Interamericano de Desarrollo')[column(organizations, 'Kind')]).toBe(
      'International organization',
    );

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: 'Español' }).click();
    await expectVisible(page.getByRole('columnheader', { name: 'Nombre' }), 'back in Spanish');
  });
});

// The workbook: a zip of XML parts. Read with node's zlib (the central directory names each part).
function unzip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end, 'a zip archive (end of central directory)').toBeGreaterThan(0);
  const parts = new Map<string, string>();
  let at = zip.readUInt32LE(end + 16);
  for (let i = zip.readUInt16LE(end + 10); i > 0; i--) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const raw = zip.subarray(start, start + size);
    parts.set(name, (method === 8 ? inflateRawSync(raw) : raw).toString('utf8'));
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return parts;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

interface SheetCell {
  value: string | number;
  bold: boolean;
}

/** The first sheet's cells by reference (`G12`): shared or inline strings as text, numbers as numbers, and whether the font is bold. */
function sheetCells(parts: Map<string, string>): Map<string, SheetCell> {
  const shared = [...(parts.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unescapeXml([...m[1]!.matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const styles = parts.get('xl/styles.xml') ?? '';
  const fonts = [...(styles.match(/<fonts[^>]*>(.*?)<\/fonts>/s)?.[1] ?? '').matchAll(/<font\b[^>]*?(?:\/>|>(.*?)<\/font>)/gs)].map((m) =>
    /<b\/>|<b val="(1|true)"\/>/.test(m[0]),
  );
  const xfs = [...(styles.match(/<cellXfs[^>]*>(.*?)<\/cellXfs>/s)?.[1] ?? '').matchAll(/<xf\b[^>]*>/g)].map((m) =>
    Number(m[0].match(/fontId="(\d+)"/)?.[1] ?? 0),
  );
  const cells = new Map<string, SheetCell>();
  const sheet = parts.get('xl/worksheets/sheet1.xml') ?? '';
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>(.*?)<\/c>)/gs)) {
    const attributes = m[2] ?? '';
    const body = m[3] ?? '';
    const type = attributes.match(/t="(\w+)"/)?.[1];
    const v = body.match(/<v>(.*?)<\/v>/s)?.[1];
    const value =
      type === 's'
        ? shared[Number(v)]!
        : type === 'inlineStr'
          ? unescapeXml(body.replace(/<[^>]+>/g, ''))
          : v !== undefined
            ? Number(v)
            : '';
    const style = Number(attributes.match(/s="(\d+)"/)?.[1] ?? 0);
    cells.set(m[1]!, { value, bold: fonts[xfs[style] ?? 0] ?? false });
  }
  return cells;
}

describe('results report', () => {
  const reportTable = () => page.getByRole('table', { name: 'Resultados por objetivo y costos de las actividades' });

  it('opens the ended demo program (2006–2009) on the whole program, not its last quarter', async () => {
    await page.goto('/#/reports/results?program=prog-ecuador-tip');
    await expect
      .poll(() => page.getByRole('combobox', { name: /^Período/ }).textContent(), {
        message: 'the period picker shows the whole program',
        timeout: SETTLE_MS,
      })
      .toBe('Todo el programa');
    await expect
      .poll(() => page.url(), { message: 'from the first month of the program', timeout: SETTLE_MS })
      .toContain('from=2006-10-01');
    expect(page.url(), 'to the last day of its last month').toContain('to=2009-07-31');
    await expectVisible(page.getByText('Del 1 de octubre de 2006 al 31 de julio de 2009'), 'the report names the whole program period');
    await expectVisible(reportTable(), 'the table is drawn');
    await screenshot(page, 'exports-1-report-whole-program');
  });

  it('exports the CSV with one indicator per line and the figures the page shows', async () => {
    const tableOnPage = reportTable();
    // Every indicator of the page's table is a bold planned value followed by its name.
    const indicatorsOnPage = await tableOnPage.locator('tbody strong').count();
    expect(indicatorsOnPage, 'the demo report has indicators').toBeGreaterThan(5);
    const file = await download(page.getByRole('button', { name: 'Exportar CSV' }));
    expect(file.name).toBe('results-report_prog-ecuador-tip_2006-10-01_2009-07-31.csv');
    const rows = table(file, ';');
    expect(rows[0]!.slice(0, 8)).toEqual([
      'Código',
      'Nivel',
      'Objetivo, actividad o costo',
      'Indicador',
      'Unidad',
      'Planificado',
      'Ejecutado',
      '% logrado',
    ]);
    const indicator = column(rows, 'Indicador');
    const level = column(rows, 'Nivel');
    const indicatorLines = rows.slice(1).filter((r) => r[indicator] !== '' && r[level] !== 'Objetivo general');
    expect(indicatorLines.length, 'one line per indicator of the table').toBe(indicatorsOnPage);
    expect(new Set(indicatorLines.map((r) => `${r[0]} ${r[indicator]}`)).size, 'no line holds two indicators').toBe(indicatorLines.length);

    const name = 'Victims reintegrated through the Shelter Pilot Program';
    const planned = tableOnPage.getByRole('cell').filter({ hasText: name });
    const plannedOnPage = pageAmount((await planned.locator('strong').textContent()) ?? '', ',');
    const executedOnPage = pageAmount((await planned.locator('xpath=following-sibling::td[1]').textContent()) ?? '', ',');
    const line = rowOf(rows, 'Indicador', name);
    expect(line[0], 'its activity').toBe('5.1');
    expect(line[level]).toBe('Actividad');
    expect(csvAmount(line[column(rows, 'Planificado')], ','), 'planned as on the page').toBe(plannedOnPage);
    expect(csvAmount(line[column(rows, 'Ejecutado')], ','), 'executed as on the page').toBe(executedOnPage);

    const cost = column(rows, 'Costo en el período (USD)');
    const subtotalOnPage = pageAmount((await tableOnPage.locator('tr.report-subtotal td').last().textContent()) ?? '', ',');
    const feeOnPage = pageAmount((await tableOnPage.locator('tr.report-fee td').last().textContent()) ?? '', ',');
    expect(csvAmount(rowOf(rows, 'Objetivo, actividad o costo', 'Subtotal (costos directos)')[cost], ','), 'the subtotal').toBe(
      subtotalOnPage,
    );
    const feeLine = rows.find((r) => r[2]!.startsWith('Tasa administrativa'))!;
    expect(csvAmount(feeLine[cost], ','), 'the fee, with its decimal comma').toBe(feeOnPage);
    expect(feeLine[cost], 'cents are written with a decimal comma').toMatch(/,\d+$/);
  });

  it('exports an Excel workbook laid out like the page, its figures numbers with formats', async () => {
    const tableOnPage = reportTable();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    const file = await download(page.getByRole('button', { name: 'Exportar Excel' }));
    expect(file.name).toBe('results-report_prog-ecuador-tip_2006-10-01_2009-07-31.xlsx');
    expect(scripts.length, 'the spreadsheet library is loaded on the first click, from a chunk of its own').toBeGreaterThan(0);
    expect(file.bytes.subarray(0, 2).toString(), 'an xlsx is a zip').toBe('PK');
    const parts = unzip(file.bytes);
    expect([...parts.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']));
    expect(parts.get('xl/workbook.xml')).toContain('name="Resultados"');
    const cells = sheetCells(parts);
    const rowWith = (text: string | RegExp) => {
      const ref = [...cells].find(
        ([, c]) => typeof c.value === 'string' && (typeof text === 'string' ? c.value === text : text.test(c.value)),
      )?.[0];
      expect(ref, `the sheet has a cell «${text}»`).toBeDefined();
      return Number(ref!.replace(/^[A-Z]+/, ''));
    };

    expect(cells.get('A1')).toEqual({ value: 'Resultados alcanzados por objetivo y costos de las actividades', bold: true });
    expect(cells.get('A2')?.value, 'the program').toBe('Combating Trafficking in Persons in Ecuador');
    expect(cells.get('A3')?.value, 'the period').toBe('Del 1 de octubre de 2006 al 31 de julio de 2009');
    const header = rowWith('Objetivos específicos y actividades');
    expect(
      ['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => cells.get(`${c}${header}`)),
      'a bold header row, headed like the page',
    ).toEqual(
      [
        'Objetivos específicos y actividades',
        'Indicador',
        'Planificado',
        'Ejecutado',
        '% logrado',
        'Observaciones',
        'Costo por objetivo (USD)',
      ].map((value) => ({ value, bold: true })),
    );
    expect(parts.get('xl/worksheets/sheet1.xml'), 'column widths are set').toMatch(/<col [^>]*width="\d+/);
    expect(parts.get('xl/worksheets/sheet1.xml'), 'objectives span their indicator lines').toContain('<mergeCell ');

    // Figures as the page shows them.
    const objective1 = page.getByRole('cell', { name: /^1\. Strengthening of the IIC/ }); // `has` is relative to the row
    const objective1Cost = pageAmount(
      (await tableOnPage.getByRole('row').filter({ has: objective1 }).getByRole('cell').last().textContent()) ?? '',
      ',',
    );
    expect(cells.get(`G${rowWith(/^1\. Strengthening of the IIC/)}`)?.value, "objective 1's cost, a number").toBe(objective1Cost);
    for (const label of ['Subtotal (costos directos)', 'Total', 'Total declarado del programa', 'Diferencia (total declarado − total)']) {
      // The total rows read "label amount"; `report-total` marks all five, so the row is found by its label.
      const row = tableOnPage.getByRole('row', { name: new RegExp(`^${label.replace(/[()]/g, '\\$&')}\\s*-?\\d`) });
      const onPage = pageAmount((await row.getByRole('cell').last().textContent()) ?? '', ',');
      expect(cells.get(`G${rowWith(label)}`)?.value, `${label}: the page's figure, as a number`).toBe(onPage);
    }
    const activity = rowWith(/^5\.1 Support direct assistance/);
    const line = [...cells].find(
      ([ref, c]) => c.value === 'Victims reintegrated through the Shelter Pilot Program' && Number(ref.slice(1)) >= activity,
    );
    expect(line, 'the indicator has its own line').toBeDefined();
    const indicatorRow = line![0].slice(1);
    expect(typeof cells.get(`C${indicatorRow}`)?.value, 'planned is a number').toBe('number');
    expect(cells.get(`E${indicatorRow}`)?.value, '% achieved as a fraction formatted as a percentage (154 of 40)').toBeCloseTo(3.85);
  });
});

describe('accounts export (admin)', () => {
  it('exports the users with role and status as the list shows them, organization and programs by name', async () => {
    const admin = await app.newPage(['admin', 'ruta-admin']);
    try {
      await admin.goto('/#/User');
      const row = admin.getByRole('row').filter({ has: admin.getByRole('cell', { name: 'partner', exact: true }) });
      await expectVisible(
        row.getByRole('cell', { name: 'Fundación Nuestros Jóvenes' }),
        'the list shows the partner’s organization by name',
      );
      // Programs load apart from organizations: compare once the list shows them too.
      await expectVisible(row.getByRole('cell', { name: /Combating Trafficking/ }), 'the list shows the partner’s program by name');
      const onPage = async (i: number) => ((await row.getByRole('cell').nth(i).textContent()) ?? '').trim();
      const [role, organization, programs, status] = [await onPage(2), await onPage(3), await onPage(4), await onPage(5)];
      const [file] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('button', { name: 'Exportar' }).click()]);
      expect(file.suggestedFilename()).toMatch(/^Usuarios_\d{4}-\d{2}-\d{2}\.csv$/);
      const rows = table({ name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) }, ';');
      expect(rows[0]).toEqual(['Usuario', 'Nombre', 'Correo electrónico', 'Rol', 'Organización', 'Programas', 'Estado', 'Creado']);
      const partner = rowOf(rows, 'Usuario', 'partner');
      expect(partner[column(rows, 'Rol')], 'the role as the list shows it').toBe(role);
      expect(partner[column(rows, 'Organización')], 'the organization by name').toBe(organization);
      expect(partner[column(rows, 'Programas')], 'the programs by name').toBe(programs);
      expect(partner[column(rows, 'Estado')], 'the status as the list shows it').toBe(status);
      expect(status).toBe('Activa');
      expect(rows.length - 1, 'every demo account').toBeGreaterThanOrEqual(5);
    } finally {
      await admin.context().close();
    }
  });
});
