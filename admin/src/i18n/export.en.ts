/** Files the console writes (commons/export/): list exports and the results report's CSV and workbook. */
export const exportEn = {
  ruta: {
    export: {
      failed: 'The file could not be written (%{error}). Try again.',
    },
  },
};

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
/** export.es.ts must give every one of these. */
export type ExportMessages = Shape<typeof exportEn>;
