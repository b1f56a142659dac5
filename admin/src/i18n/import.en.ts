import type { Shape } from './shape.ts';
/** CSV import dialogs (admin/src/commons/csvImport), shared by every resource that offers one. */
export const importEn = {
  ruta: {
    import: {
      button: 'Import CSV',
      title: 'Import %{name} from CSV',
      help: 'A CSV file (UTF-8, separated by commas or semicolons, as Excel writes it). The first row names the columns: the names the Export button writes, or the form labels in Spanish or English. Each row is checked before anything is saved.',
      choose: 'Choose CSV file',
      choose_other: 'Choose another file',
      file: 'File: %{name}',
      columns: 'Columns read: %{columns}',
      unknown_columns: 'Columns not imported: %{columns}',
      no_rows: 'The file has no data rows under its header row.',
      valid_count: '%{valid} of %{total} rows are valid',
      invalid_hint:
        'Rows with problems are not imported: fix them in the file (or in the file of rows to fix offered at the end) and import it again.',
      import_valid: 'Import %{smart_count} valid row |||| Import %{smart_count} valid rows',
      progress: '%{done} of %{total}',
      stop: 'Stop',
      stopping: 'Stopping after the rows in progress…',
      summary: 'Created: %{created} · Already existed (left unchanged): %{existing} · Failed: %{failed}',
      summary_skipped: 'Not sent (stopped): %{smart_count}',
      summary_invalid: 'Not valid: %{smart_count}',
      download_failed: 'Download rows to fix',
      failed_file: 'rows-to-fix',
      errors_column: 'errors',
      column: {
        row: 'Row',
        status: 'Result',
        problems: 'Problems',
      },
      status: {
        valid: 'Valid',
        invalid: 'Not valid',
        created: 'Created',
        existing: 'Already existed',
        failed: 'Failed',
        skipped: 'Not sent',
      },
      errors: {
        duplicate_row: 'Same values as row %{row}',
        unreadable: 'The file could not be read.',
      },
    },
  },
};

export type ImportMessages = Shape<typeof importEn>;
