import type { ImportRow, RowError } from './mapRows.ts';
import type { Outcome } from './runImport.ts';

/** `matched`: valid, and its record exists already (same id or same name) — found before sending. */
export type Status = 'valid' | 'matched' | 'invalid' | Outcome['status'];
export const COLOR: Record<Status, 'default' | 'success' | 'info' | 'error' | 'warning'> = {
  valid: 'success',
  matched: 'info',
  invalid: 'error',
  created: 'success',
  existing: 'info',
  updated: 'success',
  failed: 'error',
  skipped: 'warning',
};
/** Labels of the statuses added for existing records (issue 9.2) live with the search texts. */
export const LABEL: Partial<Record<Status, string>> = { matched: 'ruta.import_existing.matched', updated: 'ruta.import_existing.updated' };

export type Phase = 'preview' | 'running' | 'done';

/** A row's status: invalid in the file, else what the import did with it, else (preview) valid or matched. */
export function statusOf<T>(row: ImportRow<T>, outcome: Outcome | undefined, phase: Phase, matched: boolean): Status | undefined {
  return row.errors.length ? 'invalid' : (outcome?.status ?? (phase === 'preview' ? (matched ? 'matched' : 'valid') : undefined));
}

/** What is wrong with a row: the file's problems, else the server's. */
export function problemsOf<T>(row: ImportRow<T>, outcome: Outcome | undefined): RowError[] {
  return row.errors.length ? row.errors : outcome?.status === 'failed' ? outcome.errors : [];
}
