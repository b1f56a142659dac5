import { SelectInput, TextInput } from 'react-admin';
import { recordExpenditureInput, updateExpenditureInput } from '@ruta/schema/zod/framework';
import { LocaleDateInput } from '#commons/LocaleDateInput.tsx';
import { MoneyInput } from '#commons/MoneyInput.tsx';
import { newId } from '#commons/newId.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { BudgetLineRecord, ExpenditureRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from '#commons/FormDialog.tsx';

const recordResolver = zodFormResolver(recordExpenditureInput);
const updateResolver = zodFormResolver(updateExpenditureInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

interface ExpenditureDialogProps {
  open: boolean;
  onClose: () => void;
  /** The line a new expenditure is charged to. */
  line?: BudgetLineRecord;
  /** The expenditure to correct (amount, date, description, line); a new one when absent. */
  expenditure?: ExpenditureRecord;
}

/**
 * Records money spent on a budget line, or corrects an expenditure: the report's cost and the fee
 * follow in the same transaction. A correction may move it to another line of the program (its
 * objective goes with the line).
 */
export const ExpenditureDialog = ({ open, onClose, line, expenditure }: ExpenditureDialogProps) => {
  const { program, framework, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  if (expenditure) {
    const lines = framework.budgetLines.map((b) => ({ id: b.id, name: b.objectiveCode ? `${b.objectiveCode} · ${b.label}` : b.label }));
    return (
      <FormDialog
        savedMessage="ruta.framework.saved"
        open={open}
        onClose={onClose}
        title="ruta.framework.dialogs.edit_expenditure"
        defaultValues={{
          id: expenditure.id,
          version: expenditure.version,
          budgetLineId: expenditure.budgetLineId,
          date: expenditure.date,
          amount: expenditure.amount,
          description: expenditure.description ?? '',
          currency: program.currency,
        }}
        resolver={updateResolver}
        save={(v) =>
          dataProvider.updateExpenditure({
            id: v.id,
            version: v.version,
            budgetLineId: v.budgetLineId,
            date: v.date,
            amount: v.amount,
            description: v.description || null,
          })
        }
        onSaved={refresh}
      >
        <SelectInput source="budgetLineId" label={label('budgetLine')} choices={lines} isRequired translateChoice={false} />
        <LocaleDateInput source="date" label={label('date')} isRequired />
        <MoneyInput source="amount" label={label('amount')} isRequired helperText="ruta.framework.helper.money" />
        <TextInput source="description" label={label('description')} multiline />
      </FormDialog>
    );
  }
  if (!line) return null;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <FormDialog
      savedMessage="ruta.framework.saved"
      open={open}
      onClose={onClose}
      title="ruta.framework.dialogs.record_expenditure"
      defaultValues={{
        id: newId(),
        budgetLineId: line.id,
        line: line.label,
        date: today < program.endDate ? today : program.endDate,
        amount: null,
        description: '',
        currency: program.currency,
      }}
      resolver={recordResolver}
      save={(v) =>
        dataProvider.recordExpenditure({
          id: v.id,
          budgetLineId: v.budgetLineId,
          date: v.date,
          amount: v.amount,
          description: v.description || null,
        })
      }
      onSaved={refresh}
    >
      <TextInput source="line" label={label('budgetLine')} readOnly />
      <LocaleDateInput source="date" label={label('date')} isRequired />
      <MoneyInput source="amount" label={label('amount')} isRequired helperText="ruta.framework.helper.money" />
      <TextInput source="description" label={label('description')} multiline />
    </FormDialog>
  );
};
