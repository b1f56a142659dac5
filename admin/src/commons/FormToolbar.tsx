import { Stack, Typography } from '@mui/material';
import { useId } from 'react';
import {
  DeleteButton,
  SaveButton,
  type SaveButtonProps,
  Toolbar,
  ToolbarClasses,
  useFormIsDirty,
  useRecordContext,
  useRecordFromLocation,
  useTranslate,
} from 'react-admin';

/**
 * react-admin's Save, which stays disabled until something changed, with the reason beside it while
 * it is: "Sin cambios que guardar" on an edit form, "Complete el formulario…" on a new one (`hint`
 * overrides). The button is described by the text (aria-describedby), so a screen reader says why.
 */
export const SaveWithReason = ({ hint, ...props }: SaveButtonProps & { hint?: string }) => {
  const translate = useTranslate();
  const isDirty = useFormIsDirty();
  const fromLocation = useRecordFromLocation();
  const record = useRecordContext();
  const hintId = useId();
  // The same condition as SaveButton's own, minus the moments of validating and saving.
  const pristine = !props.alwaysEnable && !props.disabled && !isDirty && fromLocation == null;
  return (
    <Stack direction="row" alignItems="center" gap={2}>
      <SaveButton {...props} aria-describedby={pristine ? hintId : undefined} />
      {pristine && (
        <Typography id={hintId} variant="body2" color="text.secondary">
          {translate(hint ?? (record?.id != null ? 'ruta.forms.no_changes' : 'ruta.forms.nothing_entered'))}
        </Typography>
      )}
    </Stack>
  );
};

/** react-admin's default form toolbar (Save, and Delete on an edit form) with the Save that says why. */
export const FormToolbar = () => (
  <Toolbar>
    <div className={ToolbarClasses.defaultToolbar}>
      <SaveWithReason />
      <DeleteButton />
    </div>
  </Toolbar>
);
