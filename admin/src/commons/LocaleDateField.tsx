import { Typography } from '@mui/material';
import { useFieldValue, useLocaleState, useTranslate } from 'react-admin';
import { formatDate, formatDateTime } from './dates.ts';

interface LocaleDateFieldProps {
  source: string;
  /** A moment (updatedAt): the date and the local time. Calendar dates (startDate) have none. */
  showTime?: boolean;
  emptyText?: string;
  label?: string;
  sortable?: boolean;
}

/**
 * A date in the console's language, the way date inputs take it (31/12/2009 in Spanish, 2009-12-31
 * in English), rather than in the browser's locale; "—" when there is none.
 */
export const LocaleDateField = ({ source, showTime = false, emptyText = '—' }: LocaleDateFieldProps) => {
  const value = useFieldValue({ source });
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const text =
    typeof value === 'string' && value
      ? showTime
        ? formatDateTime(value, locale)
        : formatDate(value, locale)
      : translate(emptyText, { _: emptyText });
  return (
    <Typography component="span" variant="body2" sx={{ whiteSpace: 'nowrap' }}>
      {text}
    </Typography>
  );
};
