import type { Theme } from '@mui/material/styles';
import { FormToolbar } from './FormToolbar.tsx';

const EMPTY = { defaultProps: { emptyText: '—' } };

/**
 * What every form and field of the console does unless told otherwise, as defaults of react-admin's
 * themable components, so each screen — and each new domain's — gets them without repeating them:
 *
 * - forms validate with their own zod schema only (`noValidate`): the browser's tooltips (an e-mail,
 *   a number's step, in the browser's language) would cover the form's messages and block the save;
 * - the form toolbar's Save says why it is disabled (FormToolbar.tsx);
 * - a field without a value shows "—" (lists and show pages), not an empty space;
 * - every autocomplete (pickers, filters) says "Sin resultados" / "Cargando…" in the console's
 *   language instead of MUI's English "No options".
 *
 * Used as `<ThemeProvider theme={withFormDefaults(translate)}>` inside react-admin's theme (layout/Layout.tsx).
 */
export const withFormDefaults =
  (translate: (key: string) => string) =>
  (outer: Theme): Theme => ({
    ...outer,
    components: {
      ...outer.components,
      MuiAutocomplete: {
        ...outer.components?.MuiAutocomplete,
        defaultProps: {
          ...outer.components?.MuiAutocomplete?.defaultProps,
          noOptionsText: translate('ruta.search.no_results'),
          loadingText: translate('ra.page.loading'),
        },
      },
      RaSimpleForm: { defaultProps: { noValidate: true, toolbar: <FormToolbar /> } },
      RaTabbedForm: { defaultProps: { noValidate: true, toolbar: <FormToolbar /> } },
      RaTextField: EMPTY,
      RaEmailField: EMPTY,
      RaNumberField: EMPTY,
      RaSelectField: EMPTY,
      RaDateField: EMPTY,
      RaUrlField: EMPTY,
      RaReferenceField: EMPTY,
      RaReferenceArrayField: EMPTY,
    } as Theme['components'],
  });
