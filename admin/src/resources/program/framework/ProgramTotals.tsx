import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { memo } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { visuallyHidden } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { type Figures, programTotals } from './frameworkTree.ts';

/**
 * The program's total as the results report counts it: the objectives (the overall objective's
 * roll-up), the lines outside them, and their sum — the report's direct-cost subtotal. Without this
 * row the overall objective looked like the program's total and fell short of the report by the
 * lines outside the objectives.
 */
export const ProgramTotals = memo(() => {
  const { program, framework, report } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const totals = programTotals(framework, report);
  const money = (minor: number | undefined) => (minor === undefined ? '—' : formatMoney(minor, program.currency, locale));
  const t = (key: string) => translate(`ruta.framework.totals.${key}`);
  const row = (key: 'objectives' | 'outside' | 'program', f: Figures) => (
    <TableRow key={key} data-total={key}>
      <TableCell component="th" scope="row" sx={key === 'program' ? { fontWeight: 700 } : undefined}>
        {t(key)}
      </TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: key === 'program' ? 700 : undefined }}>
        {money(f.planned)}
      </TableCell>
      {report && (
        <TableCell align="right" sx={{ whiteSpace: 'nowrap', fontWeight: key === 'program' ? 700 : undefined }}>
          {money(f.executed)}
        </TableCell>
      )}
    </TableRow>
  );
  return (
    <>
      <Table size="small" aria-label={t('table')} sx={{ maxWidth: 720 }}>
        <TableHead>
          <TableRow>
            <TableCell>
              <Box component="span" sx={visuallyHidden}>
                {t('title')}
              </Box>
            </TableCell>
            <TableCell align="right">{translate('ruta.framework.columns.planned')}</TableCell>
            {report && <TableCell align="right">{translate('ruta.framework.columns.executed')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {row('objectives', totals.objectives)}
          {row('outside', totals.outside)}
          {row('program', totals.program)}
        </TableBody>
      </Table>
      {report && (
        <Typography variant="caption" color="text.secondary">
          {t('note')}
        </Typography>
      )}
    </>
  );
});
