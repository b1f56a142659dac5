import { programPeriod, quartersOf, type Period } from '../commons/months.ts';

/**
 * The period the report opens on. A program that has ended is reported on as a whole (its final
 * report); a running one on its current quarter, the one a quarterly report is about; one that has
 * not started on its whole plan. Dates are ISO strings, compared as text.
 */
export function defaultPeriod(program: { startDate: string; endDate: string }, today: string): Period {
  if (program.endDate < today || program.startDate > today) return programPeriod(program.startDate, program.endDate);
  const current = quartersOf(program.startDate, program.endDate).find((q) => q.from <= today);
  return current ? { from: current.from, to: current.to } : programPeriod(program.startDate, program.endDate);
}
