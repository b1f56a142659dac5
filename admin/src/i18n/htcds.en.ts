import type { Shape } from './shape.ts';

/** The HTCDS export of a program's cases (resources/htcdsExport/). */
export const htcdsEn = {
  htcds: {
    button: 'HTCDS export',
    summary: {
      title: 'HTCDS export downloaded',
      rows: '%{rows} of the program’s %{cases} cases exported, in the fields of IOM’s Human Trafficking Case Data Standard (HTCDS) v2.0, without names, documents, contacts or case codes. Every combination of sex, age band, nationality, exploitation type, year and country of exploitation is shared by at least %{k} rows.',
      generalised: 'Rows with a value generalised (e.g. age band → minor/adult): %{count}',
      dropped: '%{count} cases left out: even generalised, they formed a group of fewer than %{k} and could identify the person.',
      none_dropped: 'No case was left out.',
      steps_caption: 'Generalisations applied, in order',
      step: 'Generalisation',
      step_rows: 'Rows changed',
      note: 'The export was recorded in the program’s history with your name and the number of rows. DynamoDB requests: %{requests}. HTCDS by IOM, CC BY 4.0; IOM does not endorse Ruta.',
    },
    steps: {
      AGE_BAND_TO_MINOR_ADULT: 'Age band → minor or adult',
      YEAR_TO_PERIOD: 'Year → five-year period',
      NATIONALITY_TO_OTHER: 'Nationality other than Ecuadorian → other',
      EXPLOITATION_COUNTRY_TO_OTHER: 'Country of exploitation other than Ecuador → other',
      EXPLOITATION_WITHHELD: 'Exploitation type withheld (*)',
      SEX_WITHHELD: 'Sex withheld (*)',
      AGE_WITHHELD: 'Age band withheld (*)',
      YEAR_WITHHELD: 'Year withheld (*)',
    },
  },
};

/** htcds.es.ts must give every one of these. */
export type HtcdsMessages = Shape<typeof htcdsEn>;
