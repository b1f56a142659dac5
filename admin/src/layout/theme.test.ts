import { createTheme, getContrastRatio } from '@mui/material/styles';
import { describe, expect, it } from 'vitest';
import { darkTheme, lightTheme, TOOLBAR_BACKGROUND } from './theme.ts';

/** WCAG 2.1 AA, normal-size text. */
const AA = 4.5;

describe.each([
  ['light', lightTheme, TOOLBAR_BACKGROUND.light],
  ['dark', darkTheme, TOOLBAR_BACKGROUND.dark],
] as const)('%s theme', (_mode, options, toolbar) => {
  const { palette } = createTheme(options);
  const surfaces = { page: palette.background.default, paper: palette.background.paper, 'form toolbar': toolbar };

  it.each(['primary', 'secondary', 'error', 'success', 'warning'] as const)('%s as text reads on every surface', (colour) => {
    for (const [surface, background] of Object.entries(surfaces)) {
      expect(getContrastRatio(palette[colour].main, background), `${colour} on ${surface} (${background})`).toBeGreaterThanOrEqual(AA);
    }
  });

  it.each(['primary', 'secondary', 'error', 'success', 'warning'] as const)(
    'text on a %s fill (buttons, chips, app bar) reads',
    (colour) => {
      expect(getContrastRatio(palette[colour].contrastText, palette[colour].main)).toBeGreaterThanOrEqual(AA);
    },
  );

  it('body text reads on every surface', () => {
    for (const background of Object.values(surfaces)) expect(getContrastRatio(palette.text.primary, background)).toBeGreaterThanOrEqual(AA);
  });
});
