import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Button, useLocaleState, useTranslate } from 'react-admin';
import { formatMoney } from '#commons/money.ts';
import type { BudgetLineRecord } from '#providers/framework/frameworkMethods.ts';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { BudgetLineDialog } from './dialogs/BudgetLineDialog.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { ExpenditureDialog } from './dialogs/ExpenditureDialog.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useToggle } from './useToggle.ts';

const RecordExpenditure = ({ line }: { line: BudgetLineRecord }) => {
  const [open, show, hide] = useToggle();
  return (
    <>
      <Button label="ruta.framework.actions.record_expenditure" onClick={show} size="small" />
      <ExpenditureDialog open={open} onClose={hide} line={line} />
    </>
  );
};

const CorrectLine = ({ line }: { line: BudgetLineRecord }) => {
  const [open, show, hide] = useToggle();
  return (
    <>
      <Button label="ruta.framework.actions.edit_budget_line" onClick={show} size="small" />
      <BudgetLineDialog open={open} onClose={hide} objectiveCode={line.objectiveCode ?? null} line={line} />
    </>
  );
};

const DeleteLine = ({ line }: { line: BudgetLineRecord }) => {
  const dataProvider = useRutaDataProvider();
  return (
    <DeleteButton
      label="ruta.framework.actions.delete_budget_line"
      title="ruta.framework.dialogs.delete_budget_line"
      content="ruta.framework.dialogs.delete_budget_line_text"
      translateOptions={{ label: line.label }}
      onDelete={() => dataProvider.deleteBudgetLine(line.id, line.version)}
    />
  );
};

/** Budget lines with their planned amount; staff record what was spent on each. */
export const BudgetLineTable = ({ lines }: { lines: BudgetLineRecord[] }) => {
  const { program, canEdit, canDelete } = useFramework();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Table size="small" sx={{ my: 1 }} aria-label={translate('ruta.framework.budget_lines')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('ruta.framework.columns.budget_line')}</TableCell>
          <TableCell align="right">{translate('ruta.framework.columns.planned')}</TableCell>
          {canEdit && <TableCell />}
        </TableRow>
      </TableHead>
      <TableBody>
        {lines.map((line) => (
          <TableRow key={line.id}>
            <TableCell>{line.label}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              {formatMoney(line.planned, program.currency, locale)}
            </TableCell>
            {canEdit && (
              <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                <CorrectLine line={line} />
                <RecordExpenditure line={line} />
                {canDelete.budgetLine && <DeleteLine line={line} />}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
