import type { AgeBand, CaseSex } from '@ruta/schema/generated/types';
import { assertProgramReach } from '#platform/access';
import type { RequestContext } from '#platform/context';
import { ProgramStat } from '#modules/aggregates/entity';
import { NO_OBJECTIVE_BUCKET, profilePartition } from '#modules/case/contributions';
import { compareCodes } from '#modules/framework/ids';

export interface VictimProfileTotal {
  objectiveCode: string | null;
  sex: CaseSex;
  ageBand: AgeBand;
  identified: number;
  assisted: number;
  reintegrated: number;
  inFormalEducation: number;
  inInternships: number;
}

/**
 * Victims by objective, sex and age band over a whole program, for the team's dashboard: the breakdown
 * partition (`profilePartition`, kept by the case and route transactions), one Query, summed over the
 * months here. Groups with nothing counted are left out.
 */
export async function victimProfileTotals(ctx: RequestContext, programId: string): Promise<VictimProfileTotal[]> {
  assertProgramReach(ctx, 'victimProfileTotals', programId);
  const { data } = await ProgramStat.query.byMonth({ programId: profilePartition(programId) }).go({ pages: 'all' });
  const groups = new Map<string, VictimProfileTotal>();
  for (const s of data) {
    const [bucket, sex, ageBand] = s.bucket.split('|') as [string, CaseSex, AgeBand];
    const g = groups.get(s.bucket) ?? {
      objectiveCode: bucket === NO_OBJECTIVE_BUCKET ? null : bucket,
      sex,
      ageBand,
      identified: 0,
      assisted: 0,
      reintegrated: 0,
      inFormalEducation: 0,
      inInternships: 0,
    };
    g.identified += s.victimsIdentified ?? 0;
    g.assisted += s.victimsAssisted ?? 0;
    g.reintegrated += s.victimsReintegrated ?? 0;
    g.inFormalEducation += s.victimsInFormalEducation ?? 0;
    g.inInternships += s.victimsInInternships ?? 0;
    groups.set(s.bucket, g);
  }
  return [...groups.values()]
    .filter((g) => g.identified || g.assisted || g.reintegrated || g.inFormalEducation || g.inInternships)
    .sort((a, b) => byObjective(a.objectiveCode, b.objectiveCode) || a.sex.localeCompare(b.sex) || a.ageBand.localeCompare(b.ageBand));
}

/** Objective codes in framework order, cases without one last. */
function byObjective(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compareCodes(a, b);
}
