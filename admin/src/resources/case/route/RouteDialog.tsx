import { Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { Button, Form, SaveButton, useNotify, useTranslate } from 'react-admin';
import type { FieldValues, Resolver } from 'react-hook-form';
import { errorMessage, serverFieldErrors } from '#commons/serverFieldErrors.ts';

interface RouteDialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  defaultValues: FieldValues;
  resolver: Resolver<FieldValues>;
  /** Sends the values; throws the API's HttpError when it refuses them (shown on the fields). */
  save: (values: FieldValues) => Promise<unknown>;
  onSaved: () => void;
  children: ReactNode;
}

/** A small form in a dialog for one change of a case's route; the shared zod schema checks it first. */
export const RouteDialog = ({ open, onClose, title, defaultValues, resolver, save, onSaved, children }: RouteDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const submit = async (values: FieldValues) => {
    try {
      await save(values);
    } catch (e) {
      const errors = serverFieldErrors(e);
      if (errors) return errors;
      notify(errorMessage(e), { type: 'error' });
      return undefined;
    }
    notify('ruta.caseRoute.saved', { type: 'success' });
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
