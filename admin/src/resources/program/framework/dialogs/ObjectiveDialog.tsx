import { TextInput } from 'react-admin';
import { createObjectiveInput, updateObjectiveInput } from '@ruta/schema/zod/framework';
import { newId } from '#commons/newId.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from '#commons/FormDialog.tsx';

const createResolver = zodFormResolver(createObjectiveInput);
const updateResolver = zodFormResolver(updateObjectiveInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

interface Props {
  open: boolean;
  onClose: () => void;
  /** The objective to edit, or the code proposed for a new one. */
  objective?: ObjectiveRecord;
  code?: string;
}

/** Adds an objective or activity (its code places it in the tree), or edits one's title and description. */
export const ObjectiveDialog = ({ open, onClose, objective, code }: Props) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  if (objective) {
    return (
      <FormDialog
        savedMessage="ruta.framework.saved"
        open={open}
        onClose={onClose}
        title="ruta.framework.dialogs.edit_objective"
        defaultValues={{ id: objective.id, version: objective.version, title: objective.title, description: objective.description ?? '' }}
        resolver={updateResolver}
        save={(v) => dataProvider.updateObjective({ id: v.id, version: v.version, title: v.title, description: v.description || null })}
        onSaved={refresh}
      >
        <TextInput source="code" label={label('code')} defaultValue={objective.code} readOnly />
        <TextInput source="title" label={label('title')} multiline isRequired />
        <TextInput source="description" label={label('description')} multiline minRows={3} />
      </FormDialog>
    );
  }
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.add_objective"
      defaultValues={{ id: newId(), programId: program.id, code: code ?? '', title: '', description: '' }}
      resolver={createResolver}
      save={(v) =>
        dataProvider.createObjective({
          id: v.id,
          programId: v.programId,
          code: v.code.trim(),
          title: v.title,
          description: v.description || null,
        })
      }
      onSaved={refresh}
    >
      <TextInput source="code" label={label('code')} isRequired helperText="ruta.framework.helper.code" />
      <TextInput source="title" label={label('title')} multiline isRequired />
      <TextInput source="description" label={label('description')} multiline minRows={3} />
    </FormDialog>
  );
};
