import { Alert, AlertTitle, Box, Stack, Typography } from '@mui/material';
import { useMemo, useState } from 'react';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  SaveButton,
  Title,
  SelectInput,
  TextInput,
  useGetList,
  useNotify,
  useRedirect,
  useTranslate,
} from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { createCaseInputFor } from '@ruta/schema/zod/case';
import type { CreateCaseInput } from '../../graphql/generated/graphql.ts';
import { newId } from '../../commons/newId.ts';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { useRole } from '../../commons/useRole.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { caseApi, type DuplicateCase } from './caseApi.ts';
import { CaseFactsInputs } from './CaseFactsInputs.tsx';
import { CaseIdentityInputs, identityInputOf } from './CaseIdentityInputs.tsx';
import { ck, reasonOf, todayIso, useDuplicateText } from './format.ts';

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

/** What the form holds → the API's input (lists from lines, empty choices as null). */
function toInput(values: FieldValues): CreateCaseInput {
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
    identity: identityInputOf(values.identity),
  };
}

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
  const duplicateText = useDuplicateText();
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
          setDuplicates({ found, input: { ...input, acknowledgedDuplicateIds: null } });
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
          <CaseIdentityInputs />

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
          <CaseFactsInputs dateIdentified="optional" places />

          {duplicates && (
            <Alert severity="warning" role="alert" sx={{ mt: 2 }} ref={(el) => el?.scrollIntoView({ block: 'center' })}>
              <AlertTitle>{translate(ck('duplicate.title'))}</AlertTitle>
              {duplicates.found.map((d) => (
                <Typography key={d.caseId} component="p">
                  {duplicateText.text('duplicate.text', d)}
                </Typography>
              ))}
              <Stack direction="row" gap={1} sx={{ mt: 1 }} flexWrap="wrap">
                {duplicates.found.map((d) => (
                  <Button
                    key={d.caseId}
                    label={translate(ck('duplicate.request_referral'), { code: d.code, owner: duplicateText.owner(d) })}
                    variant="contained"
                    onClick={() => requestReferral(d, duplicates.input.identity)}
                  />
                ))}
                <Button
                  label={ck('duplicate.register_anyway')}
                  onClick={async () => {
                    const input = { ...duplicates.input, acknowledgedDuplicateIds: duplicates.found.map((d) => d.caseId) };
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
