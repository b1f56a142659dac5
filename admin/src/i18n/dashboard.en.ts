import type { Shape } from './shape.ts';
/** The program team's dashboard (dashboard/): a program's tiles for staff and admin. */
export const dashboardEn = {
  ruta: {
    dashboard: {
      team: {
        title: 'Program at a glance',
        program: 'Program',
        no_programs: 'There are no programs yet.',
        failed: 'This tile could not be loaded.',
        loading: 'Loading…',
        spent: {
          title: 'Spent vs planned by objective',
          note: 'Planned: budget of the whole program; spent: cost recorded so far (%{currency}).',
          planned: 'Planned',
          spent: 'Spent',
          totals: 'Spent %{spent} of %{planned} planned',
        },
        expiring: {
          title: 'Agreements ending in the next 90 days',
          empty: 'No active agreement of this program ends in the next 90 days.',
          ends: 'Ends %{date}',
          days_left: 'in %{smart_count} day |||| in %{smart_count} days',
          today: 'today',
          more: 'More agreements end in this period: see the list.',
          list: 'Ending agreements',
        },
        status: {
          title: 'Agreements by status',
          total: 'Total: %{smart_count} agreement |||| Total: %{smart_count} agreements',
          list: 'Agreements of this program by status',
        },
        recent: {
          title: 'Recent changes',
          empty: 'Nothing has changed in the last 12 months.',
          note: 'Organizations, agreements, programs and framework items, across programs.',
          open: 'Open',
          record: 'Record',
          list: 'Latest changes across records',
        },
      },
    },
  },
};

export type DashboardMessages = Shape<typeof dashboardEn>;
