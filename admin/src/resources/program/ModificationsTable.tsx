import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDate } from '../../commons/dates.ts';
import { formatMoney } from '../../commons/money.ts';
import type { ProgramRecord } from '../../providers/graphql/fragments.ts';

const date = (iso: string | null | undefined, locale: string) => (iso ? formatDate(iso, locale) : '—');

/** The award's modifications in order, with what each changed (new end date, new declared total). */
export const ModificationsTable = (_props: { label?: string }) => {
  const program = useRecordContext<ProgramRecord>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!program) return null;
  if (!program.modifications.length) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('resources.Program.empty.modifications')}
      </Typography>
    );
  }
  const label = (k: string) => translate(`resources.Program.fields.modification.${k}`);
  return (
    <Table size="small" sx={{ maxWidth: 1100 }}>
      <TableHead>
        <TableRow>
          <TableCell>{label('number')}</TableCell>
          <TableCell>{label('date')}</TableCell>
          <TableCell>{label('description')}</TableCell>
          <TableCell>{label('newEndDate')}</TableCell>
          <TableCell align="right">{label('newDeclaredTotal')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {program.modifications.map((m) => (
          <TableRow key={m.number}>
            <TableCell>{m.number}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(m.date, locale)}</TableCell>
            <TableCell>{m.description}</TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{date(m.newEndDate, locale)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {m.newDeclaredTotal == null ? '—' : formatMoney(m.newDeclaredTotal, program.currency, locale)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
