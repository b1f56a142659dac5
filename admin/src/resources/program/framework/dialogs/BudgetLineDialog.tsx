import { TextInput } from 'react-admin';
import { createBudgetLineInput, updateBudgetLineInput } from '@ruta/schema/zod/framework';
import { MoneyInput } from '#commons/MoneyInput.tsx';
import { newId } from '#commons/newId.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { BudgetLineRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from '#commons/FormDialog.tsx';

const createResolver = zodFormResolver(createBudgetLineInput);
const updateResolver = zodFormResolver(updateBudgetLineInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

interface BudgetLineDialogProps {
  open: boolean;
  onClose: () => void;
  /** Where a new line goes: an objective, or null for an item outside the objectives (e.g. a media campaign). */
  objectiveCode: string | null;
  /** The line to correct (label and planned amount); a new line when absent. */
  line?: BudgetLineRecord;
}

/** Adds a budget line, or corrects one: expenditures stay charged to it, the report shows the new plan. */
export const BudgetLineDialog = ({ open, onClose, objectiveCode, line }: BudgetLineDialogProps) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title={line ? 'ruta.framework.dialogs.edit_budget_line' : 'ruta.framework.dialogs.add_budget_line'}
      defaultValues={
        line
          ? { id: line.id, version: line.version, objectiveCode: line.objectiveCode, label: line.label, planned: line.planned }
          : { id: newId(), programId: program.id, objectiveCode, label: '', planned: null, currency: program.currency }
      }
      resolver={line ? updateResolver : createResolver}
      save={(v) =>
        line
          ? dataProvider.updateBudgetLine({ id: v.id, version: v.version, label: v.label, planned: v.planned })
          : dataProvider.createBudgetLine({
              id: v.id,
              programId: v.programId,
              objectiveCode: v.objectiveCode ?? null,
              label: v.label,
              planned: v.planned,
            })
      }
      onSaved={refresh}
    >
      {(line?.objectiveCode ?? objectiveCode) && <TextInput source="objectiveCode" label={label('objectiveCode')} readOnly />}
      <TextInput source="label" label={label('label')} isRequired />
      <MoneyInput source="planned" label={label('planned')} isRequired helperText="ruta.framework.helper.money" />
    </FormDialog>
  );
};
