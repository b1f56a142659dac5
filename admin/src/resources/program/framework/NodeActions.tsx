import { useTranslate } from 'react-admin';
import { useRutaDataProvider } from '#providers/useRutaDataProvider.ts';
import { ActionsMenu, type MenuAction } from './ActionsMenu.tsx';
import { useFramework } from './FrameworkContext.tsx';
import { useOpenDialog } from './FrameworkDialogs.tsx';
import { nextCode, type ObjectiveNode } from './frameworkTree.ts';

/**
 * What staff can do on one objective or activity, in one "Actions" menu named after the node (e.g.
 * "Acciones de 1.2 Prevención"); the schema allows codes down to 1.1.1, the seed's report stops at
 * activities.
 */
export const NodeActions = ({ node }: { node: ObjectiveNode }) => {
  const { framework, canEdit, canDelete, canReadHistory } = useFramework();
  const translate = useTranslate();
  const dataProvider = useRutaDataProvider();
  const open = useOpenDialog();
  const { objective } = node;
  const name = `${objective.code} ${objective.title}`;
  // Only a bare leaf: the server also refuses objectives that agreements link to, which the tree does not show.
  const isBareLeaf = !node.children.length && !node.indicators.length && !node.budgetLines.length;
  const actions: MenuAction[] = [];
  if (canEdit) {
    actions.push({ label: 'ruta.framework.actions.edit_objective', onSelect: (a) => open({ kind: 'objective', objective }, a) });
    if (objective.level !== 'ACTIVITY')
      actions.push({
        label: objective.level === 'OVERALL' ? 'ruta.framework.actions.add_specific' : 'ruta.framework.actions.add_activity',
        onSelect: (a) => open({ kind: 'objective', code: nextCode(framework.objectives, objective.code) }, a),
      });
    actions.push({
      label: 'ruta.framework.actions.add_indicator',
      onSelect: (a) => open({ kind: 'indicator', objectiveCode: objective.code }, a),
    });
    if (objective.level !== 'OVERALL')
      actions.push({
        label: 'ruta.framework.actions.add_budget_line',
        onSelect: (a) => open({ kind: 'budgetLine', objectiveCode: objective.code }, a),
      });
    actions.push({
      label: 'ruta.framework.actions.observation',
      onSelect: (a) => open({ kind: 'observation', objectiveCode: objective.code }, a),
    });
  }
  if (canReadHistory)
    actions.push({
      label: 'ruta.framework.actions.history',
      onSelect: (a) => open({ kind: 'history', entityType: 'Objective', entityId: objective.id, name }, a),
    });
  if (canDelete.objective && isBareLeaf)
    actions.push({
      label: 'ruta.framework.actions.delete_objective',
      onSelect: (a) =>
        open(
          {
            kind: 'delete',
            title: 'ruta.framework.dialogs.delete_objective',
            content: 'ruta.framework.dialogs.delete_objective_text',
            translateOptions: { code: objective.code },
            onDelete: () => dataProvider.deleteObjective(objective.id, objective.version),
          },
          a,
        ),
    });
  return <ActionsMenu label={translate('ruta.framework.actions.menu_of', { name })} actions={actions} />;
};
