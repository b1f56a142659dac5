import { Stack, Typography } from '@mui/material';
import { CheckboxGroupInput, NumberInput, SelectArrayInput, SelectInput, useTranslate } from 'react-admin';
import { CASE_SEXES, CRIMINAL_PROCEEDINGS, EXPLOITATION_TYPES, MAX_AGE, MEANS_OF_CONTROL, REFERRAL_SOURCES } from '@ruta/schema/zod/case';
import { CountryInput } from '../../commons/country.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { PlaceInputs } from '../../commons/place/PlaceInputs.tsx';
import { provinceChoices } from '../../commons/place/place.ts';
import { ck, enumKey } from './format.ts';

const choices = (type: string, values: readonly string[]) => values.map((v) => ({ id: v, name: enumKey(type, v) }));

/**
 * The facts of a case a case worker types: at registration (CaseCreate) and when editing them
 * (CaseEdit) — the same inputs, as the API validates the same facts for both (schema/zod/case.ts
 * `caseFacts`). `dateIdentified`: optional at registration; on an edit only shown (and required) for a
 * case already identified, as the route's screening sets it. `places`: the places of recruitment and
 * exploitation (registration only).
 */
export const CaseFactsInputs = ({
  dateIdentified,
  places = false,
}: {
  dateIdentified: 'optional' | 'required' | 'none';
  places?: boolean;
}) => {
  const translate = useTranslate();
  return (
    <>
      <CheckboxGroupInput
        source="exploitationTypes"
        label={ck('fields.exploitationTypes')}
        choices={choices('ExploitationType', EXPLOITATION_TYPES)}
        isRequired
      />
      <SelectArrayInput
        source="meansOfControl"
        label={ck('fields.meansOfControl')}
        choices={choices('MeansOfControl', MEANS_OF_CONTROL)}
        sx={{ minWidth: 320 }}
      />
      <Stack direction="row" gap={2} flexWrap="wrap">
        <LocaleDateInput source="dateReported" label={ck('fields.dateReported')} isRequired />
        {dateIdentified !== 'none' && (
          <LocaleDateInput source="dateIdentified" label={ck('fields.dateIdentified')} isRequired={dateIdentified === 'required'} />
        )}
        <SelectInput source="referralSource" label={ck('fields.referralSource')} choices={choices('ReferralSource', REFERRAL_SOURCES)} />
      </Stack>
      <Stack direction="row" gap={2} flexWrap="wrap">
        <SelectInput source="sex" label={ck('fields.sex')} choices={choices('CaseSex', CASE_SEXES)} />
        <NumberInput source="ageAtIdentification" label={ck('fields.ageAtIdentification')} min={0} max={MAX_AGE} step={1} />
        <CountryInput source="nationality" label={ck('fields.nationality')} />
        <SelectInput
          source="provinceIdentified"
          label={ck('fields.provinceIdentified')}
          choices={provinceChoices}
          translateChoice={false}
        />
        <SelectInput
          source="criminalProceedings"
          label={ck('fields.criminalProceedings')}
          choices={choices('CriminalProceedingsParticipation', CRIMINAL_PROCEEDINGS)}
        />
      </Stack>
      {places &&
        (['recruitmentPlace', 'exploitationPlace'] as const).map((field) => (
          <Stack key={field} gap={1}>
            <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
              {translate(ck(`fields.${field}`))}
            </Typography>
            <PlaceInputs source={field} label={ck(`fields.${field}`)} />
          </Stack>
        ))}
    </>
  );
};
