import { createContext, useContext } from 'react';
import type { ReportData, ReportIndicatorData } from '#providers/report/reportMethods.ts';
import type { FrameworkData } from '#providers/framework/frameworkMethods.ts';
import type { ProgramRecord } from '#providers/graphql/fragments.ts';
import type { Figures } from './frameworkTree.ts';

/** What every node of the framework page needs: the program, whether the user may edit, actuals when readable. */
export interface FrameworkState {
  program: ProgramRecord;
  framework: FrameworkData;
  canEdit: boolean;
  /** Which framework records the user's role may delete (the same policy table as the server). */
  canDelete: { objective: boolean; indicator: boolean; budgetLine: boolean };
  /** Whether the role may read the audit (a History entry in each menu). */
  canReadHistory: boolean;
  /** The report over the whole program (actuals, observations, cost); absent for roles that may not read it. */
  report?: ReportData;
  /** Per objective code: planned and (with the report) executed, as the report's rows count them. */
  figures: ReadonlyMap<string, Figures>;
  /** Per indicator id: its actual over the whole program (with the report). */
  actuals: ReadonlyMap<string, ReportIndicatorData>;
  /** Per objective code: its observations (with the report). */
  observations: ReadonlyMap<string, readonly string[]>;
  /** Reloads the framework, the report and the expenditures after a save. */
  refresh: () => void;
}

export const FrameworkContext = createContext<FrameworkState | null>(null);

export function useFramework(): FrameworkState {
  const state = useContext(FrameworkContext);
  if (!state) throw new Error('useFramework outside FrameworkContext');
  return state;
}
