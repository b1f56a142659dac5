import { Alert, AlertTitle, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { Button, Form, SaveButton, TextInput, useNotify, useTranslate } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { updateCaseIdentityInputFor } from '@ruta/schema/zod/case';
import type { UpdateCaseIdentityInput } from '../../graphql/generated/graphql.ts';
import { errorMessage, serverFieldErrors } from '../../commons/serverFieldErrors.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { caseApi, type DuplicateCase, type RevealedIdentity } from './caseApi.ts';
import { CaseIdentityInputs, identityFormValues, identityInputOf } from './CaseIdentityInputs.tsx';
import { ck, reasonOf, todayIso, useDuplicateText } from './format.ts';

interface Props {
  caseId: string;
  version: number;
  isMinor: boolean;
  /** The identity as revealed on this page (in the reveal's state), or null: the form starts empty. */
  revealed: RevealedIdentity | null;
  /** After a save: the caller drops the revealed values. */
  onSaved: () => void;
}

/**
 * "Corregir identidad": the whole identity typed again, with a reason (audited, never a value). The
 * form starts from the values revealed on this page when there are some — passed in from the reveal's
 * state, never read from a cache, storage or the URL — and empty otherwise. The form's values live in
 * the dialog only: closing it drops them. A corrected identity that matches another case is the API's
 * POSSIBLE_DUPLICATE: the warning names the case and its owner, and the worker confirms or goes back.
 */
export const CorrectIdentity = ({ caseId, version, isMinor, revealed, onSaved }: Props) => {
  const translate = useTranslate();
  const ids = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button label={ck('correct.button')} variant="outlined" sx={{ alignSelf: 'flex-start' }} onClick={() => setOpen(true)} />
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={`${ids}-title`} fullWidth maxWidth="md">
        <DialogTitle id={`${ids}-title`}>{translate(ck('correct.title'))}</DialogTitle>
        {open && (
          <CorrectForm
            caseId={caseId}
            version={version}
            isMinor={isMinor}
            revealed={revealed}
            onClose={() => setOpen(false)}
            onSaved={() => {
              setOpen(false);
              onSaved();
            }}
          />
        )}
      </Dialog>
    </>
  );
};

const CorrectForm = ({
  caseId,
  version,
  isMinor,
  revealed,
  onClose,
  onSaved,
}: Omit<Props, 'onSaved'> & { onClose: () => void; onSaved: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const duplicateText = useDuplicateText();
  const today = todayIso();
  const [duplicates, setDuplicates] = useState<{ found: DuplicateCase[]; input: UpdateCaseIdentityInput } | null>(null);
  const toInput = (values: FieldValues): UpdateCaseIdentityInput => ({
    caseId,
    version,
    identity: identityInputOf(values.identity),
    reason: typeof values.reason === 'string' ? values.reason.trim() : '',
    acknowledgedDuplicateIds: null,
  });
  // biome-ignore lint/correctness/useExhaustiveDependencies: toInput reads only the case id and version
  const resolver = useMemo(() => zodFormResolver(updateCaseIdentityInputFor(today), toInput), [today, caseId, version]);

  const save = async (input: UpdateCaseIdentityInput) => {
    try {
      await caseApi.updateIdentity(input);
      await queryClient.invalidateQueries({ queryKey: ['ruta', 'case', caseId] });
      notify(ck('correct.saved'), { type: 'success' });
      onSaved();
      return undefined;
    } catch (e) {
      if (reasonOf(e) === 'POSSIBLE_DUPLICATE') {
        const found = (await caseApi.duplicates(input.identity).catch(() => [] as DuplicateCase[])).filter((d) => d.caseId !== caseId);
        setDuplicates({ found, input });
        return undefined;
      }
      const fields = serverFieldErrors(e);
      if (!fields) notify(errorMessage(e), { type: 'error' });
      return fields;
    }
  };

  return (
    <Form
      resolver={resolver}
      onSubmit={(values: FieldValues) => save(toInput(values))}
      defaultValues={{ identity: identityFormValues(revealed), reason: '' }}
      noValidate
    >
      <DialogContent>
        <Stack gap={1}>
          <Typography component="p">{translate(ck(revealed ? 'correct.explain_revealed' : 'correct.explain_hidden'))}</Typography>
          <CaseIdentityInputs heading={false} />
          <TextInput
            source="reason"
            label={ck(isMinor ? 'correct.reason_minor' : 'correct.reason')}
            helperText={ck('correct.reason_help')}
            isRequired
            multiline
            minRows={2}
            autoComplete="off"
          />
          {duplicates && (
            <Alert severity="warning" role="alert" ref={(el) => el?.scrollIntoView({ block: 'center' })}>
              <AlertTitle>{translate(ck('correct.duplicate_title'))}</AlertTitle>
              {duplicates.found.map((d) => (
                <Typography key={d.caseId} component="p">
                  {duplicateText.text('correct.duplicate_text', d)}
                </Typography>
              ))}
              <Stack direction="row" gap={1} sx={{ mt: 1 }}>
                <Button
                  label={ck('correct.save_anyway')}
                  variant="contained"
                  onClick={async () => {
                    const input = { ...duplicates.input, acknowledgedDuplicateIds: duplicates.found.map((d) => d.caseId) };
                    setDuplicates(null);
                    await save(input);
                  }}
                />
                <Button label={ck('correct.review')} onClick={() => setDuplicates(null)} />
              </Stack>
            </Alert>
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button label={ck('reveal.cancel')} onClick={onClose} />
        {!duplicates && <SaveButton alwaysEnable label={ck('correct.save')} />}
      </DialogActions>
    </Form>
  );
};
