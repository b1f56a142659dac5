import { describe, expect, it } from 'vitest';
import type { FrameworkData, ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';
import { compareCodes } from '@ruta/schema/zod/framework';
import { buildTree, nextCode, objectiveFigures, plannedByCode, programTotals, treeMove, visibleNodes } from './frameworkTree.ts';

const objective = (code: string): ObjectiveRecord => ({
  id: `p~${code}`,
  programId: 'p',
  code,
  parentCode: null,
  level: 'SPECIFIC',
  title: `Objective ${code}`,
  description: null,
  version: 1,
});

const framework = (codes: string[]): FrameworkData => ({
  programId: 'p',
  objectives: codes.map(objective),
  indicators: [
    {
      id: 'p~i',
      programId: 'p',
      objectiveCode: '1.2',
      name: 'i',
      unit: 'COUNT',
      baseline: null,
      target: 1,
      source: 'MANUAL',
      metric: null,
      version: 1,
    },
  ],
  budgetLines: [{ id: 'p~b', programId: 'p', objectiveCode: '1', label: 'b', planned: 100, version: 1 }],
});

describe('framework tree', () => {
  it('orders codes numerically', () => {
    expect(['1.10', '1.9', '10', '2', '0', '1'].sort(compareCodes)).toEqual(['0', '1', '1.9', '1.10', '2', '10']);
  });

  it('nests activities under their objective under the overall objective', () => {
    const [root, ...others] = buildTree(framework(['1.2', '0', '2', '1', '1.1']));
    expect(others).toHaveLength(0);
    expect(root!.objective.code).toBe('0');
    expect(root!.children.map((n) => n.objective.code)).toEqual(['1', '2']);
    const one = root!.children[0]!;
    expect(one.children.map((n) => n.objective.code)).toEqual(['1.1', '1.2']);
    expect(one.budgetLines.map((b) => b.label)).toEqual(['b']);
    expect(one.children[1]!.indicators.map((i) => i.name)).toEqual(['i']);
  });

  it('keeps an orphan as a root', () => {
    expect(buildTree(framework(['0', '3.1'])).map((n) => n.objective.code)).toEqual(['0', '3.1']);
  });

  it('proposes the next free code', () => {
    const objectives = framework(['0', '1', '2', '2.1', '2.3']).objectives;
    expect(nextCode(objectives, '0')).toBe('3');
    expect(nextCode(objectives, '2')).toBe('2.4');
    expect(nextCode(objectives, '1')).toBe('1.1');
    expect(nextCode([], null)).toBe('0');
  });
});

describe('figures as the report counts them', () => {
  // As the seed: lines under objectives and activities, and one outside the objectives.
  const data: FrameworkData = {
    ...framework(['0', '1', '1.1', '2']),
    budgetLines: [
      { id: 'p~a', programId: 'p', objectiveCode: '1', label: 'a', planned: 100, version: 1 },
      { id: 'p~b', programId: 'p', objectiveCode: '1.1', label: 'b', planned: 20, version: 1 },
      { id: 'p~c', programId: 'p', objectiveCode: '2', label: 'c', planned: 3, version: 1 },
      { id: 'p~d', programId: 'p', objectiveCode: null, label: 'campaign', planned: 7_000, version: 1 },
    ],
  };
  const report = {
    subtotal: 6_543,
    rows: [
      { code: '0', planned: 123, cost: 43 },
      { code: '1', planned: 120, cost: 40 },
      { code: '1.1', planned: 20, cost: 10 },
      { code: '2', planned: 3, cost: 3 },
    ],
    otherCosts: [{ planned: 7_000, cost: 6_500 }],
  };

  it('rolls activities up into their objective and everything inside the objectives into the overall one', () => {
    expect(Object.fromEntries(plannedByCode(data))).toEqual({ '0': 123, '1': 120, '1.1': 20, '2': 3 });
  });

  it("takes an objective's figures from the report's row, and only the plan without a report", () => {
    expect(objectiveFigures(data, report).get('1')).toEqual({ planned: 120, executed: 40 });
    expect(objectiveFigures(data).get('1')).toEqual({ planned: 120 });
    expect(objectiveFigures(data).get('0')).toEqual({ planned: 123 });
  });

  it("counts the program's total as the report's subtotal: the objectives and the lines outside them", () => {
    expect(programTotals(data, report)).toEqual({
      objectives: { planned: 123, executed: 43 },
      outside: { planned: 7_000, executed: 6_500 },
      program: { planned: 7_123, executed: 6_543 },
    });
    // The overall objective's own figure leaves the outside lines out; the program total does not.
    expect(programTotals(data, report).program.executed).toBe(report.subtotal);
    expect(programTotals(data, report).program.executed).not.toBe(objectiveFigures(data, report).get('0')!.executed);
    expect(programTotals(data)).toEqual({ objectives: { planned: 123 }, outside: { planned: 7_000 }, program: { planned: 7_123 } });
  });
});

describe('keyboard in the tree', () => {
  const roots = buildTree(framework(['0', '1', '1.1', '1.2', '2', '2.1']));
  const none = new Set<string>();

  it('lists the visible items in order, without the children of collapsed ones', () => {
    expect(visibleNodes(roots, none).map((v) => v.code)).toEqual(['0', '1', '1.1', '1.2', '2', '2.1']);
    expect(visibleNodes(roots, new Set(['1'])).map((v) => v.code)).toEqual(['0', '1', '2', '2.1']);
    expect(visibleNodes(roots, new Set(['0', '1'])).map((v) => v.code)).toEqual(['0']);
  });

  it('moves down, up, home and end through the visible items, stopping at the ends', () => {
    expect(treeMove(roots, none, '1.2', 'ArrowDown')).toEqual({ focus: '2' });
    expect(treeMove(roots, new Set(['1']), '1', 'ArrowDown')).toEqual({ focus: '2' });
    expect(treeMove(roots, none, '2', 'ArrowUp')).toEqual({ focus: '1.2' });
    expect(treeMove(roots, none, '2.1', 'Home')).toEqual({ focus: '0' });
    expect(treeMove(roots, none, '0', 'End')).toEqual({ focus: '2.1' });
    expect(treeMove(roots, none, '2.1', 'ArrowDown')).toBeNull();
    expect(treeMove(roots, none, '0', 'ArrowUp')).toBeNull();
  });

  it('expands, then enters; collapses, then leaves to the parent', () => {
    const oneClosed = new Set(['1']);
    expect(treeMove(roots, oneClosed, '1', 'ArrowRight')).toEqual({ expand: '1' });
    expect(treeMove(roots, none, '1', 'ArrowRight')).toEqual({ focus: '1.1' });
    expect(treeMove(roots, none, '1.1', 'ArrowRight')).toBeNull();
    expect(treeMove(roots, none, '1.1', 'ArrowLeft')).toEqual({ collapse: '1.1' });
    expect(treeMove(roots, new Set(['1.1']), '1.1', 'ArrowLeft')).toEqual({ focus: '1' });
    expect(treeMove(roots, new Set(['0']), '0', 'ArrowLeft')).toBeNull();
  });

  it('leaves other keys alone and finds its way back from an item that is gone', () => {
    expect(treeMove(roots, none, '1', 'Enter')).toBeNull();
    expect(treeMove(roots, none, '9', 'ArrowDown')).toEqual({ focus: '0' });
  });
});
