import type { PublicStatsMessages } from './publicStats.en.ts';

/** La página pública de estadísticas (publicStats/), para quien no tiene cuenta. */
export const publicStatsEs: PublicStatsMessages = {
  ruta: {
    public_stats: {
      link: 'Estadísticas públicas sobre trata de personas',
      title: 'Trata de personas en Ecuador: estadísticas públicas',
      intro:
        'Víctimas de trata identificadas y registradas en Ruta cuyo consentimiento cubre fines estadísticos, contadas en tiempo real. Para proteger a las personas detrás de las cifras, no se muestran conteos menores a %{k}.',
      language: 'Idioma',
      sign_in: 'Iniciar sesión',
      choose: 'Elija la tabla',
      first: 'Filas',
      second: 'Columnas',
      none: 'Ninguna',
      year_from: 'Desde el año',
      year_to: 'Hasta el año',
      download: 'Descargar CSV',
      loading: 'Cargando',
      caption: 'Víctimas identificadas por %{dimensions}, %{from}–%{to}',
      by: ' y ',
      total: 'Total',
      unknown: 'Sin dato',
      suppressed: 'Menos de %{k} casos, u ocultado para que un conteo pequeño no se pueda deducir de los demás',
      chart_title: 'Víctimas identificadas por %{dimension}',
      methodology: 'Metodología',
      file: 'estadisticas',
      dimensions: {
        YEAR: 'Año de identificación',
        SEX: 'Sexo',
        AGE_BAND: 'Rango de edad',
        NATIONALITY: 'Nacionalidad',
        EXPLOITATION: 'Tipo de explotación',
        PROVINCE: 'Provincia de identificación',
      },
      note: {
        what: 'Conteos de víctimas de trata identificadas entre %{from} y %{to}, según el año en que fueron identificadas, entre los casos cuyo consentimiento cubre fines estadísticos.',
        suppression:
          '"<%{k}" indica un conteo menor a %{k} —o uno mayor que también se oculta para que no se pueda deducir de los totales—, según la práctica del Counter Trafficking Data Collaborative de la OIM.',
        exploitation:
          'Una persona explotada de varias formas cuenta una vez en cada tipo; los totales cuentan personas, así que no son la suma de los tipos.',
        source:
          'Fuente: Ruta, programa de atención a víctimas de trata. Las categorías siguen el Estándar de Datos de Casos de Trata de Personas (HTCDS) de la OIM, CC BY 4.0.',
      },
      rate_limited: 'Demasiadas consultas en poco tiempo. Espere un minuto y vuelva a intentar.',
      bad_input: 'No se puede armar esa tabla: elija otras dimensiones u otros años.',
      error: 'No se pudieron cargar las estadísticas. Intente más tarde.',
    },
  },
};
