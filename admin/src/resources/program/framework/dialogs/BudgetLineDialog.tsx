import { TextInput } from 'react-admin';
import { createBudgetLineInput } from '@ruta/schema/zod/framework';
import { MoneyInput } from '../../../../commons/MoneyInput.tsx';
import { newId } from '../../../../commons/newId.ts';
import { zodFormResolver } from '../../../../commons/zodFormResolver.ts';
import { frameworkApi } from '../../../../providers/programs/frameworkApi.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from './FormDialog.tsx';

const resolver = zodFormResolver(createBudgetLineInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

/** Adds a budget line to an objective, or outside the objectives (objectiveCode null, e.g. a media campaign). */
export const BudgetLineDialog = ({ open, onClose, objectiveCode }: { open: boolean; onClose: () => void; objectiveCode: string | null }) => {
  const { program, refresh } = useFramework();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.add_budget_line"
      defaultValues={{ id: newId(), programId: program.id, objectiveCode, label: '', planned: null, currency: program.currency }}
      resolver={resolver}
      save={(v) => frameworkApi.createBudgetLine({
        id: v.id, programId: v.programId, objectiveCode: v.objectiveCode ?? null, label: v.label, planned: v.planned,
      })}
      onSaved={refresh}
    >
      {objectiveCode && <TextInput source="objectiveCode" label={label('objectiveCode')} readOnly />}
      <TextInput source="label" label={label('label')} isRequired />
      <MoneyInput source="planned" label={label('planned')} isRequired helperText="ruta.framework.helper.money" />
    </FormDialog>
  );
};
