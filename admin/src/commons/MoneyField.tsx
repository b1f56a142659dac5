import { Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatMoney } from './money.ts';

/** Shows `value` (minor units) with the record's `currency`, e.g. US$ 1.234,56 in Spanish. */
export const MoneyField = (_props: { source?: string; label?: string; sortable?: boolean }) => {
  const record = useRecordContext<{ value?: number | null; currency?: string | null }>();
  const [locale] = useLocaleState();
  if (record?.value == null) return null;
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {formatMoney(record.value, record.currency, locale)}
    </Typography>
  );
};
