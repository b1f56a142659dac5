import { Expenditure } from '#modules/framework/entity';
import { PartnerAgreement } from '#modules/partnerAgreement/entity';
import { Program } from '#modules/program/entity';
import { agreementContributions, expenditureContributions } from '#modules/report/contributions';
import { statChanges, type Contribution } from '#modules/report/deltas';
import { ProgramStat, type StatCounter } from '#modules/report/entity';

export interface Drift {
  programId: string;
  month: string;
  bucket: string;
  counter: StatCounter;
  stored: number;
  recounted: number;
}

/**
 * Rebuilds a program's aggregates from its records and reports where the stored ones differ. A
 * maintenance job, not a request path: it reads every record of the program (Queries, no Scan).
 * With `fix`, it writes the difference so the aggregates match the records again.
 */
export async function recountProgram(programId: string, { fix = false } = {}): Promise<Drift[]> {
  const [agreements, expenditures, stats] = await Promise.all([
    PartnerAgreement.query.byStart({}).where((a, op) => op.eq(a.programId, programId)).go({ pages: 'all' }),
    Expenditure.query.byDate({ programId }).go({ pages: 'all' }),
    ProgramStat.query.byMonth({ programId }).go({ pages: 'all' }),
  ]);
  const recounted: Contribution[] = [
    ...agreements.data.flatMap((a) => agreementContributions(a)),
    ...expenditures.data.flatMap((e) => expenditureContributions(e)),
  ];
  const stored: Contribution[] = stats.data.flatMap((s) =>
    (['agreementsSigned', 'expenditure'] as const)
      .filter((counter) => s[counter])
      .map((counter) => ({ programId, month: s.month, bucket: s.bucket, counter, amount: s[counter]! })),
  );
  const changes = statChanges(stored, recounted);
  const storedOf = (month: string, bucket: string, counter: StatCounter) =>
    stats.data.find((s) => s.month === month && s.bucket === bucket)?.[counter] ?? 0;
  const drift = changes.flatMap((c) =>
    Object.entries(c.add).map(([counter, delta]) => {
      const was = storedOf(c.month, c.bucket, counter as StatCounter);
      return { programId, month: c.month, bucket: c.bucket, counter: counter as StatCounter, stored: was, recounted: was + delta! };
    }),
  );
  if (fix) {
    for (const c of changes) await ProgramStat.update({ programId, month: c.month, bucket: c.bucket }).add(c.add).go();
  }
  return drift;
}

export async function recountAll(options: { fix?: boolean } = {}): Promise<{ programs: number; drift: Drift[] }> {
  const { data: programs } = await Program.query.byName({}).go({ pages: 'all' });
  const drift: Drift[] = [];
  for (const p of programs) drift.push(...(await recountProgram(p.id, options)));
  return { programs: programs.length, drift };
}
