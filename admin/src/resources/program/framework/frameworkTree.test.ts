import { describe, expect, it } from 'vitest';
import type { FrameworkData, ObjectiveRecord } from '#providers/framework/frameworkMethods.ts';
import { compareCodes } from '@ruta/schema/zod/framework';
import { buildTree, nextCode } from './frameworkTree.ts';

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
