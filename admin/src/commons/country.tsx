import { Typography } from '@mui/material';
import { TextInput, type TextInputProps, useFieldValue, useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { countryName } from './countries.ts';

/** A country by its name (Ecuador), the code kept for the API; an unknown code shows as it is, none as "—". */
export const CountryField = ({ source = 'country' }: { source?: string; label?: string; sortable?: boolean }) => {
  const code = useFieldValue({ source });
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2">
      {countryName(code, locale) ?? (typeof code === 'string' && code ? code : '—')}
    </Typography>
  );
};

/**
 * The country as its two-letter code (what the API and imports take), with the country's name under
 * it as the person types (EC → Ecuador), so a wrong code shows before saving.
 */
export const CountryInput = ({ helperText, ...props }: TextInputProps) => {
  const code = useWatch({ name: props.source });
  const [locale] = useLocaleState();
  const translate = useTranslate();
  const name = countryName(code, locale);
  return (
    <TextInput
      {...props}
      helperText={name ? translate('ruta.forms.country_is', { name }) : helperText}
      slotProps={{ htmlInput: { maxLength: 2, autoCapitalize: 'characters', spellCheck: false } }}
    />
  );
};
