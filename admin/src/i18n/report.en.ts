import type { Shape } from './shape.ts';
/** The results-by-objective report (report/) and the donor's dashboard. */
export const reportEn = {
  ruta: {
    report: {
      menu: 'Results report',
      title: 'Results by objective and costs',
      heading: 'Results achieved by objective and costs of activities',
      program: 'Program',
      period: 'Period',
      whole_program: 'Whole program',
      quarter: 'Q%{quarter} %{year} (%{months})',
      custom: 'Other months (choose the dates)',
      from: 'From',
      to: 'To',
      period_line: 'From %{from} to %{to}',
      overall: 'Overall objective:',
      export_csv: 'Export CSV',
      export_xlsx: 'Export Excel',
      print: 'Print',
      no_programs: 'You are not linked to any program whose report you may read.',
      table: 'Results by objective and costs of activities',
      columns: {
        objective: 'Specific objectives and activities',
        planned: 'Planned',
        executed: 'Executed',
        achieved: '% achieved',
        observations: 'Observations',
        pending: 'Pending review',
        cost: 'Cost by objective',
      },
      pending_note:
        'Executed figures count approved partner activities only; “Pending review” counts activities submitted and not yet reviewed.',
      pending_count: '%{smart_count} activity pending review |||| %{smart_count} activities pending review',
      other_cost: '* %{label} (outside the objectives)',
      subtotal: 'Subtotal (direct costs)',
      admin_fee: 'Administrative fee (%{rate})',
      total: 'Total',
      declared_total: 'Declared total of the program',
      difference: 'Difference (declared total − total)',
      difference_under:
        'The total is below the declared total of the program by the difference shown; nothing is rounded away or adjusted.',
      difference_over: 'The total exceeds the declared total of the program by the difference shown; nothing is rounded away or adjusted.',
      export: {
        other_cost: 'Cost outside the objectives',
        columns: {
          code: 'Code',
          level: 'Level',
          title: 'Objective, activity or cost',
          indicator: 'Indicator',
          unit: 'Unit',
          planned: 'Planned',
          executed: 'Executed',
          achieved: '% achieved',
          observations: 'Observations',
          pending: 'Activities pending review',
          planned_cost: 'Planned budget (%{currency})',
          cost: 'Cost in the period (%{currency})',
          cost_by_objective: 'Cost by objective (%{currency})',
        },
      },
      charts: {
        planned_executed: 'Planned and executed by objective',
        planned_executed_note: 'Planned: budget of the whole program; executed: cost in the period (%{currency}).',
        planned: 'Planned',
        executed: 'Executed',
        cost_share: 'Cost by objective',
        cost_share_note: 'Share of the direct costs of the period (%{subtotal}).',
      },
    },
    dashboard: {
      donor: {
        title: 'Programs you fund',
        none: 'You are not linked to any program yet.',
        period: '%{from} – %{to}',
        executed: 'Executed (direct costs)',
        planned: 'Planned budget',
        fee: 'Administrative fee (%{rate})',
        total: 'Total',
        declared: 'Declared total',
        executed_share: 'Share of the planned budget executed',
        executed_share_value: '%{share} % of the planned budget executed',
      },
    },
  },
};

/** report.es.ts must give every one of these. */
export type ReportMessages = Shape<typeof reportEn>;
