import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from './money.ts';

/** Shows `source` (default `value`, minor units) with the record's `currency`, e.g. US$ 1.234,56 in Spanish. */
export const MoneyField = ({ source = 'value' }: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<Record<string, unknown> & { currency?: string | null }>();
  const [locale] = useLocaleState();
  const amount = record?.[source];
  if (typeof amount !== 'number') return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(amount, record?.currency, locale)}
    </Typography>
  );
};
