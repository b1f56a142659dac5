import Delete from '@mui/icons-material/Delete';
import { IconButton, Table, TableBody, TableCell, TableHead, TableRow, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { Confirm, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import { errorMessage } from '#commons/serverFieldErrors.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { ExpenditureRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from './FrameworkContext.tsx';

const date = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso));

/** What was spent, newest first (program team only: donors see it summed in the report). */
export const ExpenditureTable = ({ expenditures }: { expenditures: ExpenditureRecord[] }) => {
  const { program, framework, canEdit, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [deleting, setDeleting] = useState<ExpenditureRecord | null>(null);
  const lines = new Map(framework.budgetLines.map((b) => [b.id, b.label]));
  if (!expenditures.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ruta.framework.no_expenditures')}
      </Typography>
    );
  }
  const confirmDelete = async () => {
    if (!deleting) return;
    try {
      await dataProvider.deleteExpenditure(deleting.id, deleting.version);
      notify('ruta.framework.deleted', { type: 'success' });
      refresh();
    } catch (e) {
      notify(errorMessage(e), { type: 'error' });
    }
    setDeleting(null);
  };
  const head = (key: string) => translate(`ruta.framework.columns.${key}`);
  return (
    <>
      <Table size="small" aria-label={translate('ruta.framework.expenditures')}>
        <TableHead>
          <TableRow>
            <TableCell>{head('date')}</TableCell>
            <TableCell>{head('budget_line')}</TableCell>
            <TableCell>{head('objective')}</TableCell>
            <TableCell align="right">{head('amount')}</TableCell>
            <TableCell>{head('description')}</TableCell>
            {canEdit && <TableCell />}
          </TableRow>
        </TableHead>
        <TableBody>
          {expenditures.map((e) => (
            <TableRow key={e.id}>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(e.date, locale)}</TableCell>
              <TableCell>{lines.get(e.budgetLineId) ?? e.budgetLineId}</TableCell>
              <TableCell>{e.objectiveCode ?? '—'}</TableCell>
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                {formatMoney(e.amount, program.currency, locale)}
              </TableCell>
              <TableCell>{e.description ?? ''}</TableCell>
              {canEdit && (
                <TableCell align="right">
                  <Tooltip title={translate('ra.action.delete')}>
                    <IconButton size="small" aria-label={translate('ra.action.delete')} onClick={() => setDeleting(e)}>
                      <Delete fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Confirm
        isOpen={!!deleting}
        title="ruta.framework.dialogs.delete_expenditure"
        content="ruta.framework.dialogs.delete_expenditure_text"
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
};
