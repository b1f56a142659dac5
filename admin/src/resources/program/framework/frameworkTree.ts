import { compareCodes, parentCode } from '@ruta/schema/zod/framework';
import type { BudgetLineRecord, FrameworkData, IndicatorRecord, ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';

export interface ObjectiveNode {
  objective: ObjectiveRecord;
  indicators: IndicatorRecord[];
  budgetLines: BudgetLineRecord[];
  children: ObjectiveNode[];
}

/**
 * The framework as a tree: overall objective → specific objectives → activities. A node whose
 * parent is missing (data entered before its parent existed elsewhere) becomes a root rather than
 * disappearing.
 */
export function buildTree(framework: FrameworkData): ObjectiveNode[] {
  const nodes = new Map<string, ObjectiveNode>();
  const sorted = [...framework.objectives].sort((a, b) => compareCodes(a.code, b.code));
  for (const objective of sorted) {
    nodes.set(objective.code, {
      objective,
      indicators: framework.indicators.filter((i) => i.objectiveCode === objective.code),
      budgetLines: framework.budgetLines.filter((b) => b.objectiveCode === objective.code),
      children: [],
    });
  }
  const roots: ObjectiveNode[] = [];
  for (const node of nodes.values()) {
    const parent = parentCode(node.objective.code);
    const parentNode = parent === null ? undefined : nodes.get(parent);
    if (parentNode) parentNode.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** The next free code below `parent`: 7 after specific objectives 1–6, 2.4 after activities 2.1–2.3. */
export function nextCode(objectives: ObjectiveRecord[], parent: string | null): string {
  if (parent === null) return '0';
  const prefix = parent === '0' ? '' : `${parent}.`;
  const siblings = objectives
    .map((o) => o.code)
    .filter((c) => parentCode(c) === parent)
    .map((c) => Number(c.slice(prefix.length)));
  return `${prefix}${siblings.length ? Math.max(...siblings) + 1 : 1}`;
}
