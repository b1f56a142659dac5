import { alpha, darken, lighten, styled } from '@mui/material/styles';

/**
 * A plain `<table>` that looks like MUI's small Table: one styled component for the whole table
 * instead of an emotion-styled component per cell (the framework page has hundreds of cells, and
 * MUI's TableCell was most of its first render). Cells are bare `th`/`td`; `className="num"` aligns
 * a figure right, `"actions"` is the row menu's cell.
 */
export const LightTable = styled('table')(({ theme }) => {
  const border =
    theme.palette.mode === 'light' ? lighten(alpha(theme.palette.divider, 1), 0.88) : darken(alpha(theme.palette.divider, 1), 0.68);
  return {
    width: '100%',
    display: 'table',
    borderCollapse: 'collapse',
    borderSpacing: 0,
    margin: theme.spacing(1, 0),
    ...theme.typography.body2,
    '& th, & td': {
      padding: '6px 16px',
      borderBottom: `1px solid ${border}`,
      textAlign: 'left',
      verticalAlign: 'inherit',
      color: theme.palette.text.primary,
    },
    '& thead th': { fontWeight: theme.typography.fontWeightMedium, lineHeight: '1.5rem' },
    '& tbody th': { fontWeight: 'inherit' },
    '& .num': { textAlign: 'right', whiteSpace: 'nowrap' },
    '& .actions': { textAlign: 'right', whiteSpace: 'nowrap', paddingTop: 0, paddingBottom: 0 },
    '& .strong': { fontWeight: 700 },
  };
});

/** Read by screen readers, not shown (as MUI's visuallyHidden). */
export const visuallyHidden = {
  border: 0,
  clip: 'rect(0 0 0 0)',
  height: '1px',
  margin: '-1px',
  overflow: 'hidden',
  padding: 0,
  position: 'absolute',
  whiteSpace: 'nowrap',
  width: '1px',
} as const;
