import { Alert, Box, Stack, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Form, SaveButton, Title, useNotify, useRedirect, useTranslate } from 'react-admin';
import { useParams } from 'react-router';
import type { FieldValues } from 'react-hook-form';
import { updateCaseInputFor } from '@ruta/schema/zod/case';
import type { UpdateCaseInput } from '../../graphql/generated/graphql.ts';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { type CaseDetail, caseApi } from './caseApi.ts';
import { CaseFactsInputs } from './CaseFactsInputs.tsx';
import { ck, todayIso } from './format.ts';

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The form's values → the API's input: every editable fact, empty choices as null (cleared). */
function toInput(values: FieldValues): UpdateCaseInput {
  return {
    id: values.id,
    version: values.version,
    exploitationTypes: values.exploitationTypes,
    meansOfControl: values.meansOfControl ?? [],
    sex: blank(values.sex) as UpdateCaseInput['sex'],
    ageAtIdentification: blank(values.ageAtIdentification) as number | null,
    nationality: blank(values.nationality) as string | null,
    provinceIdentified: blank(values.provinceIdentified) as string | null,
    referralSource: blank(values.referralSource) as UpdateCaseInput['referralSource'],
    criminalProceedings: blank(values.criminalProceedings) as UpdateCaseInput['criminalProceedings'],
    dateReported: values.dateReported,
    ...(values.hasIdentification ? { dateIdentified: values.dateIdentified } : {}),
  };
}

/**
 * Editing a case's facts (never its identity, code, program or stage): the version read travels with
 * the save, so a change made meanwhile is refused with a reload hint instead of being overwritten.
 */
export const CaseEdit = () => {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: ['ruta', 'case', id], queryFn: () => caseApi.get(id) });
  if (error) return <Alert severity="error">{translate(errorMessage(error))}</Alert>;
  if (!data) return <Typography role="status">{translate(ck('loading'))}</Typography>;
  return <EditForm data={data} />;
};

const EditForm = ({ data }: { data: CaseDetail }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const queryClient = useQueryClient();
  const today = todayIso();
  const resolver = useMemo(() => zodFormResolver(updateCaseInputFor(today), toInput), [today]);
  const onSubmit = async (values: FieldValues) => {
    try {
      const saved = await caseApi.update(toInput(values));
      await queryClient.invalidateQueries({ queryKey: ['ruta', 'case', data.id] });
      notify(ck('edit.saved'), { type: 'success', messageArgs: { code: saved.code } });
      redirect(`/Case/${encodeURIComponent(data.id)}/show`);
      return undefined;
    } catch (e) {
      const fields = serverFieldErrors(e);
      if (!fields) notify(errorMessage(e), { type: 'error' });
      return fields;
    }
  };
  return (
    <Box sx={{ p: 2, maxWidth: 1000 }}>
      <Title title={translate(ck('edit.title'), { code: data.code })} />
      <Typography component="p" sx={{ mb: 2 }}>
        {translate(ck('edit.explain'))}
      </Typography>
      <Form
        resolver={resolver}
        onSubmit={onSubmit}
        defaultValues={{
          id: data.id,
          version: data.version,
          hasIdentification: !!data.dateIdentified,
          exploitationTypes: data.exploitationTypes,
          meansOfControl: data.meansOfControl,
          sex: data.sex ?? '',
          ageAtIdentification: data.ageAtIdentification ?? null,
          nationality: data.nationality ?? '',
          provinceIdentified: data.provinceIdentified ?? '',
          referralSource: data.referralSource ?? '',
          criminalProceedings: data.criminalProceedings ?? '',
          dateReported: data.dateReported,
          dateIdentified: data.dateIdentified ?? null,
        }}
        noValidate
      >
        <Stack gap={1}>
          <CaseFactsInputs dateIdentified={data.dateIdentified ? 'required' : 'none'} />
          <Box sx={{ mt: 2 }}>
            <SaveButton alwaysEnable />
          </Box>
        </Stack>
      </Form>
    </Box>
  );
};
