import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from './money.ts';

/**
 * Shows `source` (default `value`, minor units) with the record's `currency`, e.g. 1.234,56 US$ in
 * Spanish; "—" when there is no amount.
 */
export const MoneyField = ({ source = 'value' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Record<string, unknown> & { currency?: string | null }>();
  const [locale] = useLocaleState();
  if (!record) return null;
  const amount = record[source];
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {typeof amount === 'number' ? formatMoney(amount, record.currency, locale) : '—'}
    </Typography>
  );
};
