import type { Shape } from './shape.ts';

/** The public statistics page (publicStats/), for visitors without an account. */
export const publicStatsEn = {
  ruta: {
    public_stats: {
      link: 'Public statistics on trafficking in persons',
      title: 'Trafficking in persons in Ecuador: public statistics',
      intro:
        'Identified victims of trafficking registered in Ruta whose consent covers statistics, counted live. To protect the people behind the figures, counts under %{k} are not shown.',
      language: 'Language',
      sign_in: 'Sign in',
      choose: 'Choose the table',
      first: 'Rows',
      second: 'Columns',
      none: 'None',
      year_from: 'From year',
      year_to: 'To year',
      download: 'Download CSV',
      loading: 'Loading',
      caption: 'Identified victims by %{dimensions}, %{from}–%{to}',
      by: ' and ',
      total: 'Total',
      unknown: 'Not recorded',
      suppressed: 'Fewer than %{k} cases, or hidden so that a small count cannot be worked out from the others',
      chart_title: 'Identified victims by %{dimension}',
      methodology: 'Methodology',
      file: 'statistics',
      dimensions: {
        YEAR: 'Year of identification',
        SEX: 'Sex',
        AGE_BAND: 'Age band',
        NATIONALITY: 'Nationality',
        EXPLOITATION: 'Type of exploitation',
        PROVINCE: 'Province of identification',
      },
      note: {
        what: 'Counts of victims of trafficking identified between %{from} and %{to}, by the year they were identified, among the cases whose consent covers statistics.',
        suppression:
          '"<%{k}" marks a count under %{k} — or a larger one hidden as well so that it cannot be worked out from the totals — following the practice of IOM’s Counter Trafficking Data Collaborative.',
        exploitation:
          'A person exploited in several ways counts once in each type; totals count people, so they are not the sum of the types.',
        source:
          'Source: Ruta, program of assistance to victims of trafficking. Categories follow IOM’s Human Trafficking Case Data Standard (HTCDS), CC BY 4.0.',
      },
      rate_limited: 'Too many queries in a short time. Wait a minute and try again.',
      bad_input: 'That table cannot be produced: choose other dimensions or years.',
      error: 'The statistics could not be loaded. Try again later.',
    },
  },
};

/** publicStats.es.ts must give every one of these. */
export type PublicStatsMessages = Shape<typeof publicStatsEn>;
