import { deepmerge } from '@mui/utils';
import type { Theme } from '@mui/material/styles';
import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

/** The id of the visually hidden, translated "Loading" text that names every progress indicator (Layout renders it). */
export const LOADING_LABEL_ID = 'ruta-loading-label';

/**
 * Palette-independent fixes, both modes: progress indicators get an accessible name (axe:
 * aria-progressbar-name); helper text under read-only fields, the access-denied message and the
 * loading page's message keep the secondary text colour instead of a faded one (all fell under 4.5:1).
 */
const accessibleComponents: RaThemeOptions = {
  components: {
    MuiCircularProgress: { defaultProps: { 'aria-labelledby': LOADING_LABEL_ID } },
    MuiLinearProgress: { defaultProps: { 'aria-labelledby': LOADING_LABEL_ID } },
    MuiFormHelperText: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '&.Mui-disabled': { color: theme.palette.text.secondary } }) },
    },
    RaAccessDenied: { styleOverrides: { root: { '& .RaAccessDenied-message': { opacity: 1 } } } },
    // The page shown while a route's chunk loads: react-admin paints its message in the disabled grey.
    RaLoading: {
      styleOverrides: { root: ({ theme }: { theme: Theme }) => ({ '& .RaLoading-message': { color: theme.palette.text.secondary } }) },
    },
  },
};

/**
 * react-admin's default palette with the colours that failed WCAG AA (4.5:1 for text) darkened in
 * light mode and lightened in dark mode: the app bar (white on #2196f3 was 3.12:1), primary text
 * buttons on the page and on the form toolbar (#1976d2 was 4.41:1), and the error red of delete
 * buttons. `theme.test.ts` checks every pair the console paints text with.
 */
export const lightTheme: RaThemeOptions = deepmerge(deepmerge(defaultLightTheme, accessibleComponents), {
  palette: {
    primary: { main: '#1565c0', contrastText: '#fff' },
    secondary: { light: '#5472d3', main: '#0d47a1', dark: '#002171', contrastText: '#fff' },
    error: { main: '#c62828', contrastText: '#fff' },
    success: { main: '#2e7d32', contrastText: '#fff' },
    warning: { main: '#8a4b00', contrastText: '#fff' },
  },
  components: {
    RaToolbar: { styleOverrides: { root: { backgroundColor: '#f5f5f5' } } },
  },
});

export const darkTheme: RaThemeOptions = deepmerge(deepmerge(defaultDarkTheme, accessibleComponents), {
  palette: {
    primary: { main: '#90caf9', contrastText: '#000' },
    secondary: { main: '#90caf9', contrastText: '#000' },
    error: { main: '#ffb4a9', contrastText: '#000' },
    success: { main: '#81c784', contrastText: '#000' },
    warning: { main: '#ffb74d', contrastText: '#000' },
  },
});

/** The surfaces text sits on, for the contrast test. */
export const TOOLBAR_BACKGROUND = { light: '#f5f5f5', dark: '#424242' } as const;
