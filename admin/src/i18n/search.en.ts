import type { Shape } from './shape.ts';
/** Search and duplicate checks (issue 9.1, 9.2): the pickers, the create forms' warnings, the CSV import's existing rows. */
export const searchEn = {
  ruta: {
    search: {
      no_results: 'No results',
    },
    errors: {
      NAME_TAKEN: 'Another organization already has this name; open it instead of creating another.',
    },
    duplicates: {
      organization: 'An organization with this name already exists — open it?',
      organization_open: 'Open “%{name}”',
      organization_blocked:
        'Two organizations cannot have the same name (case and accents do not count). Open the existing one, or tell them apart, e.g. by adding the city.',
      agreement: 'An agreement with this title and these parties already exists — open it?',
      agreement_open: 'Open “%{title}”',
      agreement_allowed: 'If this is another one (a renewal, say), you can still save it.',
    },
    import_existing: {
      count:
        '%{smart_count} row is already in the list (same id, or same name without counting case and accents) |||| %{smart_count} rows are already in the list (same id, or same name without counting case and accents)',
      choice: 'Rows already in the list',
      skip: 'Skip them: leave the existing records as they are',
      update: 'Update the existing records with the values of the file (empty cells change nothing)',
      matched: 'Already exists',
      updated: 'Updated',
      open: 'Open the existing record',
      summary_updated: 'Updated with the file’s values: %{smart_count}',
      duplicate_name: 'Same name as row %{row}',
    },
  },
};

export type SearchMessages = Shape<typeof searchEn>;
