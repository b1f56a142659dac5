import type { HistoryMessages } from './history.en.ts';

export const historyEs: HistoryMessages = {
  ruta: {
    history: {
      title: 'Historial',
      table: 'Historial de cambios de este registro',
      at: 'Cuándo',
      actor: 'Quién',
      action: 'Qué',
      version: 'Versión',
      empty: 'Aún no hay cambios registrados.',
      load_more: 'Cargar más',
      loading: 'Cargando el historial…',
      actions: {
        CREATE: 'Creación',
        UPDATE: 'Modificación',
        DELETE: 'Eliminación',
        DISABLE: 'Desactivación',
        ENABLE: 'Activación',
        RESET_PASSWORD: 'Restablecimiento de contraseña',
      },
      types: {
        Organization: 'Organización',
        PartnerAgreement: 'Convenio',
        Program: 'Programa',
        Objective: 'Objetivo',
        Indicator: 'Indicador',
        IndicatorValue: 'Valor de indicador',
        BudgetLine: 'Línea presupuestaria',
        Expenditure: 'Gasto',
        Observation: 'Observación',
        User: 'Usuario',
      },
    },
  },
};
