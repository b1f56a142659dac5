import { Box, Typography } from '@mui/material';
import { SelectInput, TextInput, useFieldValue, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { CountryInput } from '../country.tsx';
import { cantonChoices, HOME_COUNTRY, isHomeCountry, isOtherCountry, type PlaceValue, placeText, provinceChoices } from './place.ts';

/**
 * A place, kept as `{ country, provinceCode, cantonCode, locality }` under `source` (schema/zod/place.ts):
 * the country's two-letter code (EC unless changed); in Ecuador a province, then a canton of that province
 * (the canton waits for the province and is cleared when the province changes) and an optional parish or
 * address; abroad, the city. Changing the country to another complete code clears province and canton, so
 * a hidden choice is never sent.
 */
export const PlaceInputs = ({ source = 'place', label = 'ruta.place.group' }: { source?: string; label?: string }) => {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const country = useWatch({ name: `${source}.country` });
  const provinceCode = useWatch({ name: `${source}.provinceCode` });
  const inEcuador = isHomeCountry(country);
  const hasProvince = typeof provinceCode === 'string' && provinceCode !== '';
  const clear = (field: 'provinceCode' | 'cantonCode') => setValue(`${source}.${field}`, null, { shouldDirty: true });

  return (
    <Box role="group" aria-label={translate(label)} sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 2, width: '100%' }}>
      <CountryInput
        source={`${source}.country`}
        label="ruta.place.country"
        defaultValue={HOME_COUNTRY}
        helperText="ruta.place.country_hint"
        onChange={(event: { target?: { value?: unknown } }) => {
          if (isOtherCountry(event?.target?.value)) {
            clear('provinceCode');
            clear('cantonCode');
          }
        }}
        sx={{ width: 220 }}
      />
      {inEcuador ? (
        <>
          <SelectInput
            source={`${source}.provinceCode`}
            label="ruta.place.province"
            choices={provinceChoices}
            emptyText="ruta.place.province_none"
            onChange={() => clear('cantonCode')}
            sx={{ minWidth: 240 }}
          />
          <SelectInput
            source={`${source}.cantonCode`}
            label="ruta.place.canton"
            choices={cantonChoices(provinceCode)}
            emptyText="ruta.place.canton_none"
            disabled={!hasProvince}
            helperText={hasProvince ? false : 'ruta.place.choose_province_first'}
            sx={{ minWidth: 240 }}
          />
          <TextInput source={`${source}.locality`} label="ruta.place.locality_ec" sx={{ minWidth: 280 }} />
        </>
      ) : (
        <TextInput
          source={`${source}.locality`}
          label="ruta.place.locality_abroad"
          helperText="ruta.place.abroad_hint"
          sx={{ minWidth: 280 }}
        />
      )}
    </Box>
  );
};

/** A place in one line ("Machala, El Oro", "Lima, Perú"); "—" when there is none. */
export const PlaceField = ({ source = 'place' }: { source?: string; label?: string; sortable?: boolean }) => {
  const place = useFieldValue({ source }) as PlaceValue | null | undefined;
  const [locale] = useLocaleState();
  return (
    <Typography component="span" variant="body2">
      {placeText(place, locale) || '—'}
    </Typography>
  );
};
