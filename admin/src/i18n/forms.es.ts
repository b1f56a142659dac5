import type { FormsMessages } from './forms.en.ts';

export const formsEs: FormsMessages = {
  ruta: {
    forms: {
      no_changes: 'Sin cambios que guardar',
      nothing_entered: 'Complete el formulario para poder guardar',
      date_placeholder: 'dd/mm/aaaa',
      date_hint: 'Día/mes/año, p. ej. 31/12/2009',
      month_placeholder: 'mm/aaaa',
      month_hint: 'Mes/año, p. ej. 07/2009',
      country_is: 'País: %{name}',
    },
  },
};
