import type { Contribution } from '#modules/aggregates/deltas';
import { caseContributions } from '#modules/case/contributions';
import { Case } from '#modules/case/entity';

/** What the cases of a program contribute (victims identified), read from the program's case index. */
export async function caseContributionsOf(programId: string): Promise<Contribution[]> {
  const { data } = await Case.query.byProgram({ programId }).go({ pages: 'all' });
  return data.flatMap((c) => caseContributions(c));
}
