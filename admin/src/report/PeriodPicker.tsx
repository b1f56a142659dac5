import { MenuItem, Stack, TextField } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { LocaleDateTextField } from '../commons/LocaleDateInput.tsx';
import { programPeriod, quartersOf, type Period, type Quarter } from '../commons/months.ts';

const WHOLE = 'whole';
const CUSTOM = 'custom';

function quarterLabel(q: Quarter, locale: string, translate: (key: string, options?: object) => string): string {
  const month = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
  const first = month.format(new Date(q.from));
  const last = month.format(new Date(q.to));
  // A quarter cut to one month by the program's dates reads "(jul)", not "(jul – jul)".
  const months = first === last ? first : `${first} – ${last}`;
  return translate('ruta.report.quarter', { quarter: q.quarter, year: q.year, months });
}

/**
 * The reporting period: a quarter of the program (donors are reported to quarterly), the whole
 * program, or any from/to; the report counts whole months.
 */
export const PeriodPicker = ({
  startDate,
  endDate,
  value,
  onChange,
}: {
  startDate: string;
  endDate: string;
  value: Period;
  onChange: (period: Period) => void;
}) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const quarters = quartersOf(startDate, endDate);
  const whole = programPeriod(startDate, endDate);
  const key = (p: Period) => `${p.from}/${p.to}`;
  const selected = key(value) === key(whole) ? WHOLE : quarters.find((q) => key(q) === key(value)) ? key(value) : CUSTOM;
  const pick = (k: string) => {
    if (k === WHOLE) onChange(whole);
    const quarter = quarters.find((q) => key(q) === k);
    if (quarter) onChange({ from: quarter.from, to: quarter.to });
  };
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} gap={2}>
      <TextField
        select
        size="small"
        label={translate('ruta.report.period')}
        value={selected}
        onChange={(e) => pick(e.target.value)}
        sx={{ minWidth: 240 }}
      >
        <MenuItem value={WHOLE}>{translate('ruta.report.whole_program')}</MenuItem>
        {quarters.map((q) => (
          <MenuItem key={key(q)} value={key(q)}>
            {quarterLabel(q, locale, translate)}
          </MenuItem>
        ))}
        <MenuItem value={CUSTOM} disabled>
          {translate('ruta.report.custom')}
        </MenuItem>
      </TextField>
      <LocaleDateTextField
        size="small"
        label={translate('ruta.report.from')}
        value={value.from}
        onChange={(from) => onChange({ ...value, from })}
      />
      <LocaleDateTextField
        size="small"
        label={translate('ruta.report.to')}
        value={value.to}
        onChange={(to) => onChange({ ...value, to })}
      />
    </Stack>
  );
};
