import type { SearchMessages } from './search.en.ts';

export const searchEs: SearchMessages = {
  ruta: {
    search: {
      no_results: 'Sin resultados',
    },
    errors: {
      NAME_TAKEN: 'Ya existe una organización con este nombre; ábrala en lugar de crear otra.',
    },
    duplicates: {
      organization: 'Ya existe una organización con este nombre — ¿abrirla?',
      organization_open: 'Abrir «%{name}»',
      organization_blocked:
        'No puede haber dos organizaciones con el mismo nombre (sin contar mayúsculas ni tildes). Abra la que ya existe o distíngalas, por ejemplo añadiendo la ciudad.',
      agreement: 'Ya existe un convenio con este título y estas partes — ¿abrirlo?',
      agreement_open: 'Abrir «%{title}»',
      agreement_allowed: 'Si es otro convenio (una renovación, por ejemplo), igual puede guardarlo.',
    },
    import_existing: {
      count:
        '%{smart_count} fila ya está en la lista (mismo id, o mismo nombre sin contar mayúsculas ni tildes) |||| %{smart_count} filas ya están en la lista (mismo id, o mismo nombre sin contar mayúsculas ni tildes)',
      choice: 'Filas que ya están en la lista',
      skip: 'Omitirlas: dejar los registros existentes como están',
      update: 'Actualizar los registros existentes con los datos del archivo (las celdas vacías no cambian nada)',
      matched: 'Ya existe',
      updated: 'Actualizada',
      open: 'Abrir el registro existente',
      summary_updated: 'Actualizadas con los datos del archivo: %{smart_count}',
      duplicate_name: 'Mismo nombre que la fila %{row}',
    },
  },
};
