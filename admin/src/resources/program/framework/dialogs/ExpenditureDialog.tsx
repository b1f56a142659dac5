import { TextInput } from 'react-admin';
import { recordExpenditureInput } from '@ruta/schema/zod/framework';
import { LocaleDateInput } from '#commons/LocaleDateInput.tsx';
import { MoneyInput } from '#commons/MoneyInput.tsx';
import { newId } from '#commons/newId.ts';
import { zodFormResolver } from '#commons/zodFormResolver.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import type { BudgetLineRecord } from '#providers/framework/frameworkMethods.ts';
import { useFramework } from '../FrameworkContext.tsx';
import { FormDialog } from './FormDialog.tsx';

const resolver = zodFormResolver(recordExpenditureInput);
const label = (field: string) => `ruta.framework.fields.${field}`;

/** Records money spent on a budget line; the report's cost and the fee follow in the same transaction. */
export const ExpenditureDialog = ({ open, onClose, line }: { open: boolean; onClose: () => void; line: BudgetLineRecord }) => {
  const { program, refresh } = useFramework();
  const dataProvider = useRutaDataProvider();
  const today = new Date().toISOString().slice(0, 10);
  return (
    <FormDialog
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
      resolver={resolver}
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
