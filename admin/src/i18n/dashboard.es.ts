import type { DashboardMessages } from './dashboard.en.ts';

export const dashboardEs: DashboardMessages = {
  ruta: {
    dashboard: {
      team: {
        title: 'El programa de un vistazo',
        program: 'Programa',
        no_programs: 'Todavía no hay programas.',
        failed: 'No se pudo cargar este recuadro.',
        loading: 'Cargando…',
        spent: {
          title: 'Gastado frente a planificado por objetivo',
          note: 'Planificado: presupuesto de todo el programa; gastado: costo registrado hasta ahora (%{currency}).',
          planned: 'Planificado',
          spent: 'Gastado',
          totals: 'Gastado %{spent} de %{planned} planificado',
        },
        expiring: {
          title: 'Convenios que terminan en los próximos 90 días',
          empty: 'Ningún convenio activo de este programa termina en los próximos 90 días.',
          ends: 'Termina el %{date}',
          days_left: 'en %{smart_count} día |||| en %{smart_count} días',
          today: 'hoy',
          more: 'Más convenios terminan en este período: vea la lista.',
          list: 'Convenios por terminar',
        },
        status: {
          title: 'Convenios por estado',
          total: 'Total: %{smart_count} convenio |||| Total: %{smart_count} convenios',
          list: 'Convenios de este programa por estado',
        },
        recent: {
          title: 'Cambios recientes',
          empty: 'No ha habido cambios en los últimos 12 meses.',
          note: 'Organizaciones, convenios, programas y elementos del marco de resultados, de todos los programas.',
          open: 'Abrir',
          record: 'Registro',
          list: 'Últimos cambios en los registros',
        },
      },
    },
  },
};
