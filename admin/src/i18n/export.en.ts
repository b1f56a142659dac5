import type { Shape } from './shape.ts';
/** Files the console writes (commons/export/): list exports and the results report's CSV and workbook. */
export const exportEn = {
  ruta: {
    export: {
      failed: 'The file could not be written (%{error}). Try again.',
    },
  },
};

/** export.es.ts must give every one of these. */
export type ExportMessages = Shape<typeof exportEn>;
