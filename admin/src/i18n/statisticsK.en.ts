import type { Shape } from './shape.ts';

/** A program's k for the public statistics and the HTCDS export (resources/program/ProgramStatisticsK). */
export const statisticsKEn = {
  statisticsK: {
    label: 'Smallest published count (k)',
    help: 'Now %{current}. No count under k of this program’s cases is published, and the HTCDS export keeps no group of fewer than k rows. The public statistics mix every program’s cases, so they use the strictest (largest) k of all programs. From 5 to 100; 11 by default.',
    save: 'Save k',
    saved: 'The smallest published count is now %{k}',
  },
};

export type StatisticsKMessages = Shape<typeof statisticsKEn>;
