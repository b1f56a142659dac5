import { GlobalStyles } from '@mui/material';

/**
 * A clean A4 document when the report is printed: no app bar, menu or controls, no shadows, the
 * table's header repeated on each page, rows and charts not split across pages. Rendered by the
 * report page only, so printing any other screen is unaffected.
 */
export const PrintStyles = () => (
  <GlobalStyles
    styles={{
      '@page': { size: 'A4 portrait', margin: '12mm' },
      '@media print': {
        'header.MuiAppBar-root, .RaSidebar-root, .MuiDrawer-root, .no-print, .RaLayout-appFrame > .MuiToolbar-root': {
          display: 'none !important',
        },
        'html, body': { background: '#fff !important' },
        '.RaLayout-appFrame': { marginTop: '0 !important' },
        '.RaLayout-content, #main-content': { padding: '0 !important', margin: '0 !important' },
        '.report-document': { boxShadow: 'none !important', border: '0 !important', padding: '0 !important', fontSize: '9pt' },
        '.report-document th, .report-document td': { fontSize: '8pt', padding: '2px 4px', lineHeight: 1.25 },
        '.report-document thead': { display: 'table-header-group' },
        '.report-document tr, .report-chart': { breakInside: 'avoid' },
        '.report-charts': { display: 'block !important' },
        '.report-chart': { marginBottom: '6mm' },
        '*': { printColorAdjust: 'exact', WebkitPrintColorAdjust: 'exact' },
      },
    }}
  />
);
