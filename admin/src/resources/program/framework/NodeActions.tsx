import Add from '@mui/icons-material/Add';
import Edit from '@mui/icons-material/Edit';
import Notes from '@mui/icons-material/Notes';
import { Stack } from '@mui/material';
import { Button } from 'react-admin';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { BudgetLineDialog } from './dialogs/BudgetLineDialog.tsx';
import { DeleteButton } from './DeleteButton.tsx';
import { IndicatorDialog } from './dialogs/IndicatorDialog.tsx';
import { ObjectiveDialog } from './dialogs/ObjectiveDialog.tsx';
import { ObservationDialog } from './dialogs/ObservationDialog.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { nextCode, type ObjectiveNode } from './frameworkTree.ts';
import { useToggle } from './useToggle.ts';

/** What staff can do on one node; the schema allows codes down to 1.1.1, the seed's report stops at activities. */
export const NodeActions = ({ node }: { node: ObjectiveNode }) => {
  const { framework, canDelete } = useFramework();
  const dataProvider = useRutaDataProvider();
  const { objective } = node;
  const [editing, edit, stopEditing] = useToggle();
  const [adding, add, stopAdding] = useToggle();
  const [addingIndicator, addIndicator, stopAddingIndicator] = useToggle();
  const [addingLine, addLine, stopAddingLine] = useToggle();
  const [observing, observe, stopObserving] = useToggle();
  // Only a bare leaf: the server also refuses objectives that agreements link to, which the tree does not show.
  const isBareLeaf = !node.children.length && !node.indicators.length && !node.budgetLines.length;
  const childLabel = objective.level === 'OVERALL' ? 'ruta.framework.actions.add_specific' : 'ruta.framework.actions.add_activity';
  return (
    <Stack direction="row" flexWrap="wrap" gap={0.5} sx={{ my: 0.5 }} className="framework-actions">
      <Button label="ruta.framework.actions.edit_objective" onClick={edit} size="small">
        <Edit />
      </Button>
      {objective.level !== 'ACTIVITY' && (
        <Button label={childLabel} onClick={add} size="small">
          <Add />
        </Button>
      )}
      <Button label="ruta.framework.actions.add_indicator" onClick={addIndicator} size="small">
        <Add />
      </Button>
      {objective.level !== 'OVERALL' && (
        <Button label="ruta.framework.actions.add_budget_line" onClick={addLine} size="small">
          <Add />
        </Button>
      )}
      <Button label="ruta.framework.actions.observation" onClick={observe} size="small">
        <Notes />
      </Button>
      {canDelete.objective && isBareLeaf && (
        <DeleteButton
          label="ruta.framework.actions.delete_objective"
          title="ruta.framework.dialogs.delete_objective"
          content="ruta.framework.dialogs.delete_objective_text"
          translateOptions={{ code: objective.code }}
          onDelete={() => dataProvider.deleteObjective(objective.id, objective.version)}
        />
      )}

      <ObjectiveDialog open={editing} onClose={stopEditing} objective={objective} />
      <ObjectiveDialog open={adding} onClose={stopAdding} code={nextCode(framework.objectives, objective.code)} />
      <IndicatorDialog open={addingIndicator} onClose={stopAddingIndicator} objectiveCode={objective.code} />
      <BudgetLineDialog open={addingLine} onClose={stopAddingLine} objectiveCode={objective.code} />
      <ObservationDialog open={observing} onClose={stopObserving} objectiveCode={objective.code} />
    </Stack>
  );
};
