import type { ExportMessages } from './export.en.ts';

/** Archivos que escribe la consola (commons/export/): exportaciones de listas y el informe de resultados en CSV y Excel. */
export const exportEs: ExportMessages = {
  ruta: {
    export: {
      failed: 'No se pudo generar el archivo (%{error}). Intente de nuevo.',
    },
  },
};
