import type { Shape } from './shape.ts';
/** What every form says the same way (commons/: the date input, the Save button, the country). */
export const formsEn = {
  ruta: {
    forms: {
      no_changes: 'No changes to save',
      nothing_entered: 'Fill in the form to save',
      date_placeholder: 'yyyy-mm-dd',
      date_hint: 'Year-month-day, e.g. 2009-12-31',
      month_placeholder: 'yyyy-mm',
      month_hint: 'Year-month, e.g. 2009-07',
      country_is: 'Country: %{name}',
    },
  },
};

export type FormsMessages = Shape<typeof formsEn>;
