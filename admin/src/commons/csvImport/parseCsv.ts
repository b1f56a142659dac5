import Papa from 'papaparse';

/**
 * A CSV file as rows of cells, for imports: papaparse (docs/conventions.md) does the RFC 4180 quoting;
 * here is what spreadsheets need on top — Spanish-locale Excel writes `;` (the comma is its decimal
 * mark) and a UTF-8 BOM, and rows are numbered as the user's spreadsheet numbers them.
 */
export interface ParsedCsv {
  /** The separator the header row uses. */
  separator: ',' | ';' | '\t';
  /** Every non-blank record; cells as written, quotes removed. */
  rows: CsvRecord[];
}

export interface CsvRecord {
  cells: string[];
  /**
   * 1-based row as a spreadsheet numbers it (the header is row 1; blank rows count; a line break
   * inside a quoted cell does not start a row), so messages point where the user will look.
   */
  row: number;
}

const SEPARATORS = [';', ',', '\t'] as const;

/** The separator that splits the header line into most cells (quoted text does not count). */
function detectSeparator(text: string): ParsedCsv['separator'] {
  const counts = new Map<string, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: ParsedCsv['separator'] = ',';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

export function parseCsv(input: string): ParsedCsv {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const separator = detectSeparator(text);
  // Blank lines stay in Papa's output so that a record's index is its row as a spreadsheet numbers it.
  const { data } = Papa.parse<string[]>(text, { delimiter: separator, quoteChar: '"', skipEmptyLines: false });
  const rows: CsvRecord[] = [];
  data.forEach((cells, index) => {
    // Blank lines (often at the end, or between blocks) are not rows to import.
    if (cells.some((c) => c.trim() !== '')) rows.push({ cells, row: index + 1 });
  });
  return { separator, rows };
}

/**
 * The file's text: UTF-8 when it is valid UTF-8 (Excel's "CSV UTF-8", LibreOffice, exports),
 * otherwise Windows-1252, which Excel's plain "CSV" still writes on Spanish Windows — read as
 * UTF-8, every ñ and á of such a file would turn into �.
 */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
