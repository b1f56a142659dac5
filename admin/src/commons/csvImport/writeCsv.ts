/**
 * Rows as CSV text that parseCsv reads back and spreadsheets open as they wrote it: the caller's
 * separator (a file that came with `;` goes back with `;`) and a UTF-8 BOM, without which Excel
 * reads the file as Windows-1252 and garbles every accent.
 */
export function writeCsv(rows: readonly (readonly string[])[], separator: string): string {
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replace(/"/g, '""')}"` : cell;
  return `\ufeff${rows.map((r) => r.map(quote).join(separator)).join('\r\n')}\r\n`;
}
