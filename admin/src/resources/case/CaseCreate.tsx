import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  Button,
  CheckboxGroupInput,
  Form,
  NumberInput,
  ReferenceInput,
  SaveButton,
  SelectArrayInput,
  SelectInput,
  TextInput,
  Title,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import {
  CASE_SEXES,
  CRIMINAL_PROCEEDINGS,
  createCaseInputFor,
  DOCUMENT_TYPES,
  EXPLOITATION_TYPES,
  MEANS_OF_CONTROL,
  REFERRAL_SOURCES,
} from '@ruta/schema/zod/case';
import type { CreateCaseInput } from '../../graphql/generated/graphql.ts';
import { CountryInput } from '../../commons/country.tsx';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import { newId } from '../../commons/newId.ts';
import { PlaceInputs } from '../../commons/place/PlaceInputs.tsx';
import { provinceChoices } from '../../commons/place/place.ts';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { caseApi, type DuplicateCase } from './caseApi.ts';
import { ck, enumKey } from './format.ts';

const todayIso = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** Lines typed in a text area → the list the API takes (blank lines dropped). */
const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : (v ?? null);

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

/** What the form holds → the API's input (lists from lines, empty choices as null). */
function toInput(values: FieldValues): CreateCaseInput {
  const identity = values.identity ?? {};
  return {
    ...(values as CreateCaseInput),
    objectiveCode: blank(values.objectiveCode) as string | null,
    ownerOrganizationId: blank(values.ownerOrganizationId) as string | null,
    sex: blank(values.sex) as CreateCaseInput['sex'],
    referralSource: blank(values.referralSource) as CreateCaseInput['referralSource'],
    criminalProceedings: blank(values.criminalProceedings) as CreateCaseInput['criminalProceedings'],
    provinceIdentified: blank(values.provinceIdentified) as string | null,
    nationality: blank(values.nationality) as string | null,
    dateIdentified: blank(values.dateIdentified) as string | null,
    identity: {
      ...identity,
      documentType: blank(identity.documentType),
      otherNames: lines(identity.otherNames),
      contacts: lines(identity.contacts),
      familyContacts: lines(identity.familyContacts),
    },
  };
}

/** The reason of a refused call (CONFLICT's `reason`), as the data provider's HttpError carries it. */
const reasonOf = (e: unknown) => (e as { body?: { reason?: string } } | null)?.body?.reason;

const choices = (type: string, values: readonly string[]) => values.map((v) => ({ id: v, name: enumKey(type, v) }));

/**
 * Registering a case: the identity (encrypted by the server, never listed) and the case's facts.
 * Before saving, the identity is looked up by keyed hashes: a case with the same identity is shown
 * with its code and owner so the worker can ask for a referral instead of registering twice. The
 * form's values live in the form only: leaving the page drops them.
 */
export const CaseCreate = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const role = useRole();
  const [id] = useState(newId);
  const today = todayIso();
  const resolver = useMemo(() => zodFormResolver(createCaseInputFor(today), toInput), [today]);
  const { data: programs } = useGetList('Program', { pagination: { page: 1, perPage: 50 }, sort: { field: 'name', order: 'ASC' } });
  const [duplicates, setDuplicates] = useState<{ found: DuplicateCase[]; input: CreateCaseInput } | null>(null);

  const [requested, setRequested] = useState<{ code: string; owner: string } | null>(null);
  const [requestError, setRequestError] = useState<string | null>(null);

  const save = async (input: CreateCaseInput) => {
    try {
      const created = await caseApi.create(input);
      notify(ck('saved'), { type: 'success', messageArgs: { code: created.code } });
      redirect(`/Case/${encodeURIComponent(created.id)}/show`);
      return undefined;
    } catch (e) {
      // Someone registered the same person a moment ago: the warning again, with that case.
      if (reasonOf(e) === 'POSSIBLE_DUPLICATE') {
        const found = await caseApi.duplicates(input.identity).catch(() => []);
        if (found.length) {
          setDuplicates({ found, input: { ...input, acknowledgeDuplicate: null } });
          return undefined;
        }
      }
      const fields = serverFieldErrors(e);
      if (!fields) notify(errorMessage(e), { type: 'error' });
      return fields;
    }
  };

  /** Asks the owner of a duplicate to refer it here, instead of registering the person twice. */
  const requestReferral = async (d: DuplicateCase, identity: CreateCaseInput['identity']) => {
    setRequestError(null);
    try {
      const receipt = await caseApi.requestReferral(d.caseId, identity, null);
      setDuplicates(null);
      setRequested({ code: receipt.code, owner: receipt.ownerOrganizationName ?? translate(ck('duplicate.unknown_owner')) });
    } catch (e) {
      const reason = reasonOf(e);
      setRequestError(reason === 'ALREADY_REQUESTED' || reason === 'ALREADY_HAS_ACCESS' ? ck(`duplicate.${reason}`) : errorMessage(e));
    }
  };

  const onSubmit = async (values: FieldValues) => {
    const input = toInput(values);
    const found = await caseApi.duplicates(input.identity).catch(() => []);
    if (found.length) {
      setDuplicates({ found, input });
      return undefined;
    }
    return save(input);
  };

  return (
    <Box sx={{ p: 2, maxWidth: 1000 }}>
      <Title title={translate(ck('create_title'))} />
      <Form
        resolver={resolver}
        onSubmit={onSubmit}
        defaultValues={{
          id,
          programId: '',
          exploitationTypes: [],
          meansOfControl: [],
          country: 'EC',
          identity: { fullName: '' },
          recruitmentPlace: { country: 'EC', provinceCode: null, cantonCode: null, locality: null },
          exploitationPlace: { country: 'EC', provinceCode: null, cantonCode: null, locality: null },
        }}
        noValidate
      >
        <Stack gap={1}>
          <Typography variant="h6" component="h2">
            {translate(ck('identity.section'))}
          </Typography>
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextInput source="identity.fullName" label={ck('identity.fullName')} isRequired sx={{ minWidth: 320 }} autoComplete="off" />
            <LocaleDateInput source="identity.dateOfBirth" label={ck('identity.dateOfBirth')} />
            <SelectInput
              source="identity.documentType"
              label={ck('identity.documentType')}
              choices={choices('IdentityDocumentType', DOCUMENT_TYPES)}
            />
            <TextInput source="identity.documentNumber" label={ck('identity.documentNumber')} autoComplete="off" />
          </Stack>
          <Stack direction="row" gap={2} flexWrap="wrap">
            <TextInput
              source="identity.otherNames"
              label={ck('identity.otherNames')}
              multiline
              minRows={2}
              sx={{ minWidth: 280 }}
              autoComplete="off"
            />
            <TextInput
              source="identity.contacts"
              label={ck('identity.contacts')}
              multiline
              minRows={2}
              sx={{ minWidth: 280 }}
              autoComplete="off"
            />
            <TextInput
              source="identity.familyContacts"
              label={ck('identity.familyContacts')}
              multiline
              minRows={2}
              sx={{ minWidth: 280 }}
              autoComplete="off"
            />
          </Stack>
          <TextInput source="identity.address" label={ck('identity.address')} multiline autoComplete="off" />

          <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
            {translate(ck('facts_section'))}
          </Typography>
          <Stack direction="row" gap={2} flexWrap="wrap">
            <SelectInput
              source="programId"
              label={ck('fields.programId')}
              choices={(programs ?? []).map((p) => ({ id: String(p.id), name: String(p.name) }))}
              isRequired
              translateChoice={false}
              sx={{ minWidth: 320 }}
            />
            <TextInput source="objectiveCode" label={ck('fields.objectiveCode')} />
            {role === 'admin' && (
              <ReferenceInput source="ownerOrganizationId" reference="Organization">
                <AutocompleteInput label={ck('fields.ownerOrganizationId')} optionText="name" sx={{ minWidth: 320 }} />
              </ReferenceInput>
            )}
          </Stack>
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
            <LocaleDateInput source="dateIdentified" label={ck('fields.dateIdentified')} />
            <SelectInput
              source="referralSource"
              label={ck('fields.referralSource')}
              choices={choices('ReferralSource', REFERRAL_SOURCES)}
            />
          </Stack>
          <Stack direction="row" gap={2} flexWrap="wrap">
            <SelectInput source="sex" label={ck('fields.sex')} choices={choices('CaseSex', CASE_SEXES)} />
            <NumberInput source="ageAtIdentification" label={ck('fields.ageAtIdentification')} min={0} max={120} step={1} />
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
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {translate(ck('fields.recruitmentPlace'))}
          </Typography>
          <PlaceInputs source="recruitmentPlace" label={ck('fields.recruitmentPlace')} />
          <Typography variant="subtitle1" component="h3" sx={{ mt: 1 }}>
            {translate(ck('fields.exploitationPlace'))}
          </Typography>
          <PlaceInputs source="exploitationPlace" label={ck('fields.exploitationPlace')} />

          {duplicates && (
            <Alert severity="warning" role="alert" sx={{ mt: 2 }} ref={(el) => el?.scrollIntoView({ block: 'center' })}>
              <AlertTitle>{translate(ck('duplicate.title'))}</AlertTitle>
              {duplicates.found.map((d) => (
                <Typography key={d.caseId} component="p">
                  {translate(ck('duplicate.text'), {
                    code: d.code,
                    owner: d.ownerOrganizationName ?? translate(ck('duplicate.unknown_owner')),
                    match: d.matches.map((m) => translate(ck(`duplicate.${m}`))).join(', '),
                  })}
                </Typography>
              ))}
              <Stack direction="row" gap={1} sx={{ mt: 1 }} flexWrap="wrap">
                {duplicates.found.map((d) => (
                  <Button
                    key={d.caseId}
                    label={translate(ck('duplicate.request_referral'), {
                      code: d.code,
                      owner: d.ownerOrganizationName ?? translate(ck('duplicate.unknown_owner')),
                    })}
                    variant="contained"
                    onClick={() => requestReferral(d, duplicates.input.identity)}
                  />
                ))}
                <Button
                  label={ck('duplicate.register_anyway')}
                  onClick={async () => {
                    const input = { ...duplicates.input, acknowledgeDuplicate: true };
                    setDuplicates(null);
                    await save(input);
                  }}
                />
              </Stack>
              {requestError && (
                <Typography component="p" role="status" sx={{ mt: 1 }}>
                  {translate(requestError)}
                </Typography>
              )}
            </Alert>
          )}
          {requested ? (
            <Alert severity="success" role="status" sx={{ mt: 2 }} ref={(el) => el?.scrollIntoView({ block: 'center' })}>
              <AlertTitle>{translate(ck('duplicate.requested_title'))}</AlertTitle>
              <Typography component="p">{translate(ck('duplicate.requested_text'), requested)}</Typography>
              <Box sx={{ mt: 1 }}>
                <Button label={ck('duplicate.back_to_list')} variant="outlined" onClick={() => redirect('/Case')} />
              </Box>
            </Alert>
          ) : (
            <Box sx={{ mt: 2 }}>
              <SaveButton alwaysEnable />
            </Box>
          )}
        </Stack>
      </Form>
    </Box>
  );
};
