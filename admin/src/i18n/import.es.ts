import type { ImportMessages } from './import.en.ts';

export const importEs: ImportMessages = {
  ruta: {
    import: {
      button: 'Importar CSV',
      title: 'Importar %{name} desde CSV',
      help: 'Un archivo CSV (UTF-8, separado por comas o por punto y coma, como lo guarda Excel). La primera fila nombra las columnas: los nombres que escribe el botón Exportar, o las etiquetas del formulario en español o inglés. Cada fila se revisa antes de guardar nada.',
      choose: 'Elegir archivo CSV',
      choose_other: 'Elegir otro archivo',
      file: 'Archivo: %{name}',
      columns: 'Columnas leídas: %{columns}',
      unknown_columns: 'Columnas que no se importan: %{columns}',
      no_rows: 'El archivo no tiene filas de datos debajo de la fila de encabezados.',
      valid_count: '%{valid} de %{total} filas son válidas',
      invalid_hint:
        'Las filas con problemas no se importan: corríjalas en el archivo (o en el archivo de filas por corregir que se ofrece al final) y vuelva a importarlo.',
      import_valid: 'Importar %{smart_count} fila válida |||| Importar %{smart_count} filas válidas',
      progress: '%{done} de %{total}',
      stop: 'Detener',
      stopping: 'Se detiene después de las filas en curso…',
      summary: 'Creadas: %{created} · Ya existían (sin cambios): %{existing} · Con error: %{failed}',
      summary_skipped: 'No enviadas (detenido): %{smart_count}',
      summary_invalid: 'No válidas: %{smart_count}',
      download_failed: 'Descargar filas por corregir',
      failed_file: 'filas-por-corregir',
      errors_column: 'errores',
      column: {
        row: 'Fila',
        status: 'Resultado',
        problems: 'Problemas',
      },
      status: {
        valid: 'Válida',
        invalid: 'No válida',
        created: 'Creada',
        existing: 'Ya existía',
        failed: 'Con error',
        skipped: 'No enviada',
      },
      errors: {
        duplicate_row: 'Mismos datos que la fila %{row}',
        unreadable: 'No se pudo leer el archivo.',
      },
    },
  },
};
