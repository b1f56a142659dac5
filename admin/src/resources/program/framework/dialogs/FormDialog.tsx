import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { FieldValues, Resolver } from 'react-hook-form';
import { errorMessage, serverFieldErrors } from '#commons/serverFieldErrors.ts';

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  defaultValues: FieldValues;
  resolver: Resolver<FieldValues>;
  /** Sends the values through the data provider; throws its HttpError when the API refuses them. */
  save: (values: FieldValues) => Promise<unknown>;
  /** Called after a successful save (reload what changed). */
  onSaved: () => void;
  children: ReactNode;
}

/**
 * A small form in a dialog for one framework change. The shared zod schema checks it first; what
 * only the server knows (a taken code, a missing parent) comes back on the field it concerns.
 */
export const FormDialog = ({ open, onClose, title, defaultValues, resolver, save, onSaved, children }: FormDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
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
    notify('ruta.framework.saved', { type: 'success' });
    onSaved();
    onClose();
    return undefined;
  };
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="framework-dialog-title">
      {open && (
        <Form defaultValues={defaultValues} resolver={resolver} onSubmit={submit} noValidate>
          <DialogTitle id="framework-dialog-title">{translate(title)}</DialogTitle>
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
