import type { StatisticsKMessages } from './statisticsK.en.ts';

/** El k de un programa para las estadísticas públicas y la exportación HTCDS (resources/program/ProgramStatisticsK). */
export const statisticsKEs: StatisticsKMessages = {
  statisticsK: {
    label: 'Conteo mínimo publicado (k)',
    help: 'Ahora es %{current}. No se publica ningún conteo menor a k de los casos de este programa, y la exportación HTCDS no deja grupos de menos de k filas. Las estadísticas públicas juntan los casos de todos los programas, así que usan el k más estricto (el mayor) de todos. De 5 a 100; por defecto 11.',
    save: 'Guardar k',
    saved: 'El conteo mínimo publicado ahora es %{k}',
  },
};
