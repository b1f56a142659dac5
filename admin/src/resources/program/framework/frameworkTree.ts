import { compareCodes, isWithin, parentCode } from '@ruta/schema/zod/framework';
import type { BudgetLineRecord, FrameworkData, IndicatorRecord, ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';
import type { ReportData } from '#providers/report/reportMethods.ts';

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

/** What a report contributes to the framework's figures (the whole-program report's rows and totals). */
type ReportFigures = Pick<ReportData, 'subtotal'> & {
  rows: readonly Pick<ReportData['rows'][number], 'code' | 'planned' | 'cost'>[];
  otherCosts: readonly Pick<ReportData['otherCosts'][number], 'planned' | 'cost'>[];
};

export interface Figures {
  planned: number;
  /** Executed cost; absent for roles that may not read the report. */
  executed?: number;
}

/**
 * Planned budget of each objective, its activities' lines included — the report's roll-up
 * (functions/modules/report/build.ts: lines whose objective is the code or sits below it).
 */
export function plannedByCode(framework: Pick<FrameworkData, 'objectives' | 'budgetLines'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const o of framework.objectives) {
    out.set(
      o.code,
      framework.budgetLines.reduce((a, b) => a + (b.objectiveCode && isWithin(b.objectiveCode, o.code) ? b.planned : 0), 0),
    );
  }
  return out;
}

/** Each objective's figures: the report's row when there is one, else the planned roll-up alone. */
export function objectiveFigures(
  framework: Pick<FrameworkData, 'objectives' | 'budgetLines'>,
  report?: ReportFigures,
): Map<string, Figures> {
  const rows = new Map(report?.rows.map((r) => [r.code, r]) ?? []);
  const planned = plannedByCode(framework);
  return new Map(
    framework.objectives.map((o) => {
      const row = rows.get(o.code);
      return [o.code, row ? { planned: row.planned, executed: row.cost } : { planned: planned.get(o.code) ?? 0 }];
    }),
  );
}

export interface ProgramTotals {
  /** Every objective's lines (what the overall objective rolls up). */
  objectives: Figures;
  /** Lines outside the objectives (e.g. a media campaign). */
  outside: Figures;
  /** The program's direct costs: the report's subtotal. */
  program: Figures;
}

/**
 * The program's totals as the report counts them: its direct-cost subtotal is every expenditure,
 * inside the objectives or not, so the overall objective alone (which leaves out the lines outside
 * the objectives) falls short of it by the cost of those lines.
 */
export function programTotals(framework: Pick<FrameworkData, 'budgetLines'>, report?: ReportFigures): ProgramTotals {
  const sum = (lines: readonly { planned: number }[]) => lines.reduce((a, b) => a + b.planned, 0);
  const inside = sum(framework.budgetLines.filter((b) => b.objectiveCode));
  const outside = sum(framework.budgetLines.filter((b) => !b.objectiveCode));
  if (!report) return { objectives: { planned: inside }, outside: { planned: outside }, program: { planned: inside + outside } };
  const outsideCost = report.otherCosts.reduce((a, c) => a + c.cost, 0);
  return {
    objectives: { planned: inside, executed: report.subtotal - outsideCost },
    outside: { planned: outside, executed: outsideCost },
    program: { planned: inside + outside, executed: report.subtotal },
  };
}

/** Every objective's code, in tree order. */
export function allCodes(roots: readonly ObjectiveNode[]): string[] {
  return roots.flatMap((n) => [n.objective.code, ...allCodes(n.children)]);
}

interface VisibleNode {
  code: string;
  parent: string | null;
  children: string[];
}

/** The headings a keyboard user can move through: every node whose ancestors are all expanded. */
export function visibleNodes(roots: readonly ObjectiveNode[], collapsed: ReadonlySet<string>, parent: string | null = null): VisibleNode[] {
  return roots.flatMap((n) => {
    const code = n.objective.code;
    const self = { code, parent, children: n.children.map((c) => c.objective.code) };
    return collapsed.has(code) ? [self] : [self, ...visibleNodes(n.children, collapsed, code)];
  });
}

export type TreeMove = { focus: string } | { expand: string } | { collapse: string };

/**
 * What a key does on a node's heading button (the accordion pattern's optional keys, with the tree
 * view's → and ←): ↓/↑ the next/previous visible heading, Home/End the first/last; → expands a
 * collapsed node, or goes to its first child; ← collapses an expanded node, or goes to its parent.
 * Every node is expandable: collapsing hides its own indicators and lines as well as its children.
 * `null`: nothing to do.
 */
export function treeMove(roots: readonly ObjectiveNode[], collapsed: ReadonlySet<string>, current: string, key: string): TreeMove | null {
  const visible = visibleNodes(roots, collapsed);
  const at = visible.findIndex((v) => v.code === current);
  const here = visible[at];
  if (!here) return visible[0] ? { focus: visible[0].code } : null;
  const to = (v: VisibleNode | undefined) => (v && v.code !== current ? { focus: v.code } : null);
  switch (key) {
    case 'ArrowDown':
      return to(visible[at + 1]);
    case 'ArrowUp':
      return to(visible[at - 1]);
    case 'Home':
      return to(visible[0]);
    case 'End':
      return to(visible[visible.length - 1]);
    case 'ArrowRight':
      if (collapsed.has(current)) return { expand: current };
      return here.children[0] ? { focus: here.children[0] } : null;
    case 'ArrowLeft':
      if (!collapsed.has(current)) return { collapse: current };
      return here.parent ? { focus: here.parent } : null;
    default:
      return null;
  }
}
