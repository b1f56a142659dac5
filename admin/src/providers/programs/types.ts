import type {
  BudgetLine, Expenditure, Indicator, Objective, ReportIndicator, ReportOtherCost, ReportRow, ResultsReport,
} from '@ruta/schema/generated/types';

/** The generated API types as the console receives them: no `__typename`, no nested objects we did not select. */
type Plain<T> = Omit<T, '__typename'>;

export type ObjectiveRecord = Plain<Objective>;
export type IndicatorRecord = Plain<Indicator>;
export type BudgetLineRecord = Plain<BudgetLine>;
export type ExpenditureRecord = Plain<Expenditure>;
export interface FrameworkData {
  programId: string;
  objectives: ObjectiveRecord[];
  indicators: IndicatorRecord[];
  budgetLines: BudgetLineRecord[];
}
export type ReportIndicatorData = Plain<ReportIndicator>;
export type ReportRowData = Omit<Plain<ReportRow>, 'indicators'> & { indicators: ReportIndicatorData[] };
export type ReportData = Omit<Plain<ResultsReport>, 'rows' | 'otherCosts'> & {
  rows: ReportRowData[];
  otherCosts: Plain<ReportOtherCost>[];
};

/** The program as the console's Program resource reads it (providers/graphql/fragments.ts). */
export interface ProgramRecord {
  id: string;
  name: string;
  country: string;
  donorIds: string[];
  donors: { id: string; name: string; acronym?: string | null }[];
  implementerId: string;
  implementer?: { id: string; name: string; acronym?: string | null } | null;
  agreementReference?: string | null;
  startDate: string;
  originalEndDate: string;
  endDate: string;
  currency: string;
  adminFeeRateBps: number;
  originalDeclaredTotal: number;
  declaredTotal: number;
  modifications: {
    number: number; date?: string | null; description: string; newEndDate?: string | null; newDeclaredTotal?: number | null;
  }[];
  version: number;
}
