import type { HtcdsMessages } from './htcds.en.ts';

/** La exportación HTCDS de los casos de un programa (resources/htcdsExport/). */
export const htcdsEs: HtcdsMessages = {
  htcds: {
    button: 'Exportar HTCDS',
    summary: {
      title: 'Exportación HTCDS descargada',
      rows: 'Se exportaron %{rows} de los %{cases} casos del programa, con los campos del Estándar de Datos de Casos de Trata de Personas (HTCDS) v2.0 de la OIM, sin nombres, documentos, contactos ni códigos de caso. Cada combinación de sexo, rango de edad, nacionalidad, tipo de explotación, año y país de explotación la comparten al menos %{k} filas.',
      generalised: 'Filas con un valor generalizado (p. ej. rango de edad → menor/adulto): %{count}',
      dropped: 'Se dejaron fuera %{count} casos: aun generalizados, formaban un grupo de menos de %{k} y podrían identificar a la persona.',
      none_dropped: 'No se dejó fuera ningún caso.',
      steps_caption: 'Generalizaciones aplicadas, en orden',
      step: 'Generalización',
      step_rows: 'Filas cambiadas',
      note: 'La exportación quedó registrada en el historial del programa con su nombre y el número de filas. Solicitudes a DynamoDB: %{requests}. HTCDS de la OIM, CC BY 4.0; la OIM no respalda a Ruta.',
    },
    steps: {
      AGE_BAND_TO_MINOR_ADULT: 'Rango de edad → menor o adulto',
      YEAR_TO_PERIOD: 'Año → período de cinco años',
      NATIONALITY_TO_OTHER: 'Nacionalidad distinta de la ecuatoriana → otra',
      EXPLOITATION_COUNTRY_TO_OTHER: 'País de explotación distinto de Ecuador → otro',
      EXPLOITATION_WITHHELD: 'Tipo de explotación omitido (*)',
      SEX_WITHHELD: 'Sexo omitido (*)',
      AGE_WITHHELD: 'Rango de edad omitido (*)',
      YEAR_WITHHELD: 'Año omitido (*)',
    },
  },
};
