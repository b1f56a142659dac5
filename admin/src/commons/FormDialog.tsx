import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useId, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { FieldValues, Resolver } from 'react-hook-form';
import { errorMessage, serverFieldErrors } from '#commons/serverFieldErrors.ts';

export interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  /** The dialog's title, an i18n key (it also names the dialog for screen readers). */
  title: string;
  defaultValues: FieldValues;
  resolver: Resolver<FieldValues>;
  /** Sends the values through the data provider; throws its HttpError when the API refuses them. */
  save: (values: FieldValues) => Promise<unknown>;
  /** Called after a successful save (reload what changed). */
  onSaved: () => void;
  /** The i18n key of the notice shown once the change is saved (`ruta.framework.saved`, `ruta.caseRoute.saved`). */
  savedMessage: string;
  children: ReactNode;
}

/**
 * A small form in a dialog for one change (a framework item, a step of a case's route). The shared zod
 * schema checks it first; what only the server knows (a taken code, a missing parent, a stale version)
 * comes back on the field it concerns, or as a notice when it concerns no field.
 */
export const FormDialog = ({ open, onClose, title, defaultValues, resolver, save, onSaved, savedMessage, children }: FormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const { mutateAsync } = useMutation({ mutationFn: save });
  const submit = async (values: FieldValues) => {
    try {
      await mutateAsync(values);
    } catch (e) {
      const errors = serverFieldErrors(e);
      if (errors) return errors;
      notify(errorMessage(e), { type: 'error' });
      return undefined;
    }
    notify(savedMessage, { type: 'success' });
    onSaved();
    onClose();
    return undefined;
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      {open && (
        <Form defaultValues={defaultValues} resolver={resolver} onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
          <DialogContent>
            <Stack gap={1} sx={{ pt: 1 }}>
              {children}
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button label="ra.action.cancel" onClick={onClose} />
            <SaveButton alwaysEnable />
          </DialogActions>
        </Form>
      )}
    </Dialog>
  );
};
