import type { Shape } from './shape.ts';
/** The history (audit trail) of a record: commons/history/, on every Show page the audit readers see. */
export const historyEn = {
  ruta: {
    history: {
      title: 'History',
      table: 'History of changes of this record',
      at: 'When',
      actor: 'Who',
      action: 'What',
      version: 'Version',
      empty: 'No changes recorded yet.',
      load_more: 'Load more',
      loading: 'Loading the history…',
      actions: {
        CREATE: 'Created',
        UPDATE: 'Changed',
        DELETE: 'Deleted',
        DISABLE: 'Disabled',
        ENABLE: 'Enabled',
        RESET_PASSWORD: 'Password reset',
      },
      types: {
        Organization: 'Organization',
        PartnerAgreement: 'Agreement',
        Program: 'Program',
        Objective: 'Objective',
        Indicator: 'Indicator',
        IndicatorValue: 'Indicator value',
        BudgetLine: 'Budget line',
        Expenditure: 'Expenditure',
        Observation: 'Observation',
        User: 'User',
      },
    },
  },
};

export type HistoryMessages = Shape<typeof historyEn>;
