import { activityContributions } from '#modules/activityRecord/contributions';
import { ActivityRecord } from '#modules/activityRecord/entity';
import { BudgetLine, Expenditure, Objective, type ExpenditureRecord } from '#modules/framework/entity';
import { scopedId } from '#modules/framework/ids';
import { Organization } from '#modules/organization/entity';
import { PartnerAgreement } from '#modules/partnerAgreement/entity';
import { Program } from '#modules/program/entity';
import type { Contribution } from '#modules/aggregates/deltas';
import type { StatCounter } from '#modules/aggregates/entity';
import { recountPartition } from '#modules/aggregates/recount';
import { expenditureContributions, lineBucket } from '#modules/framework/contributions';
import { agreementContributions } from '#modules/partnerAgreement/contributions';
import { profilePartition } from '#modules/case/contributions';
import { caseContributionsOf } from '#modules/case/recount';
import { caseRouteContributionsOf } from '#modules/caseRoute/recount';
import { recountScholarshipTallies, scholarshipContributionsOf, scholarshipsOf } from '#modules/scholarship/recount';
import { scholarshipUses } from '#modules/scholarship/contributions';
import { objectiveUsePartition, organizationUseKey } from '#modules/aggregates/uses';
import { trainingContributions, trainingUses } from '#modules/training/contributions';
import { Training } from '#modules/training/entity';
import { recountIndexes, type IndexDrift } from './recountIndexes.ts';
import { recountPublicStats, type PublicStatDrift } from './recountPublicStats.ts';

export interface Drift {
  programId: string;
  month: string;
  bucket: string;
  /**
   * An aggregate counter, a budget line's count of expenditures (month '', bucket `line:<id>`) or an
   * objective's count of linked agreements (month '', bucket `objective:<code>`), or an organization's
   * count of agreements it is party to (program '', bucket `organization:<id>`).
   */
  counter: StatCounter | 'expenditureCount' | 'agreementCount';
  stored: number;
  recounted: number;
}

/**
 * Rebuilds a program's aggregates from its records and reports where the stored ones differ. A
 * maintenance job, not a request path: it reads every record of the program (Queries, no Scan).
 * With `fix`, it writes the difference so the aggregates match the records again.
 */
export async function recountProgram(programId: string, { fix = false } = {}): Promise<Drift[]> {
  const [agreements, expenditures, lines, objectives, trainings] = await Promise.all([
    PartnerAgreement.query
      .byStart({})
      .where((a, op) => op.eq(a.programId, programId))
      .go({ pages: 'all' }),
    Expenditure.query.byId({ programId }).go({ pages: 'all' }),
    BudgetLine.query.byProgram({ programId }).go({ pages: 'all' }),
    Objective.query.byProgram({ programId }).go({ pages: 'all' }),
    Training.query.byProgram({ programId }).go({ pages: 'all' }),
  ]);
  const recounted: Contribution[] = [
    ...agreements.data.flatMap((a) => agreementContributions(a)),
    ...expenditures.data.flatMap((e) => expenditureContributions(e)),
    ...trainings.data.flatMap((t) => trainingContributions(t)),
    // The running total that guards the report's ceiling (runningTotalStep).
    ...expenditures.data.map((e) => ({ programId, month: 'total', bucket: 'total', counter: 'expenditure' as const, amount: e.amount })),
  ];
  // Cases' route events (assisted, reintegrated, in formal education, in internships) and the cases
  // (victims identified); each also by sex and age band, in a partition of its own (returned below).
  const victims = [...(await caseRouteContributionsOf(programId)), ...(await caseContributionsOf(programId))];
  recounted.push(...victims.filter((c) => c.programId === programId));
  // Scholarships; their canton × sponsor tallies are in a partition of their own (returned below).
  recounted.push(...(await scholarshipContributionsOf(programId)));
  // Partner activity records: approved ones in the figures, pending ones, and each partner's quarter counts.
  const { data: activities } = await ActivityRecord.query.byProgram({ programId }).go({ pages: 'all' });
  recounted.push(...activities.flatMap((r) => activityContributions(r)));
  const drift = await recountPartition(programId, recounted, { fix });
  const lineDrift = expenditureCountDrift(programId, lines.data, expenditures.data);
  const objectiveDrift = agreementCountDrift(programId, objectives.data, agreements.data);
  if (fix) {
    for (const d of objectiveDrift) await Objective.patch({ programId, code: d.code }).set({ agreementCount: d.recounted }).go();
    for (const d of lineDrift) {
      await BudgetLine.patch({ programId, localId: d.localId }).set({ expenditureCount: d.recounted }).go();
    }
  }
  const tallyDrift = await recountScholarshipTallies(programId, { fix });
  const profileDrift = await recountPartition(
    profilePartition(programId),
    victims.filter((c) => c.programId !== programId),
    { fix },
  );
  return [
    ...tallyDrift,
    ...profileDrift,
    ...drift,
    ...lineDrift.map(({ localId: _l, ...d }) => d),
    ...objectiveDrift.map(({ code: _c, ...d }) => d),
  ];
}

/** Budget lines guard their delete and objective moves with a count of their expenditures. */
function expenditureCountDrift(
  programId: string,
  lines: { localId: string; expenditureCount?: number }[],
  expenditures: ExpenditureRecord[],
) {
  const counts = new Map<string, number>();
  for (const e of expenditures) counts.set(e.budgetLineId, (counts.get(e.budgetLineId) ?? 0) + 1);
  return lines.flatMap((l) => {
    const lineId = scopedId(programId, l.localId);
    const stored = l.expenditureCount ?? 0;
    const recounted = counts.get(lineId) ?? 0;
    return stored === recounted
      ? []
      : [{ programId, month: '', bucket: lineBucket(lineId), counter: 'expenditureCount' as const, stored, recounted, localId: l.localId }];
  });
}

/** Objectives refuse deletion while agreements link to them, by a count the agreements' transactions keep. */
function agreementCountDrift(
  programId: string,
  objectives: { code: string; agreementCount?: number }[],
  agreements: { objectiveCodes?: string[] }[],
) {
  const counts = new Map<string, number>();
  for (const a of agreements) for (const code of a.objectiveCodes ?? []) counts.set(code, (counts.get(code) ?? 0) + 1);
  return objectives.flatMap((o) => {
    const stored = o.agreementCount ?? 0;
    const recounted = counts.get(o.code) ?? 0;
    return stored === recounted
      ? []
      : [{ programId, month: '', bucket: `objective:${o.code}`, counter: 'agreementCount' as const, stored, recounted, code: o.code }];
  });
}

/**
 * Organizations refuse deletion while they are party to an agreement, by a count the agreements'
 * transactions keep. Reported with program '' and bucket `organization:<id>`.
 */
export async function recountOrganizations({ fix = false } = {}): Promise<Drift[]> {
  const [{ data: organizations }, { data: agreements }] = await Promise.all([
    Organization.query.byName({}).go({ pages: 'all' }),
    PartnerAgreement.query.byStart({}).go({ pages: 'all' }),
  ]);
  const counts = new Map<string, number>();
  for (const a of agreements) for (const id of a.partyIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  const drift = organizations.flatMap((o) => {
    const recounted = counts.get(o.id) ?? 0;
    return o.agreementCount === recounted
      ? []
      : [
          {
            programId: '',
            month: '',
            bucket: `organization:${o.id}`,
            counter: 'agreementCount' as const,
            stored: o.agreementCount,
            recounted,
            id: o.id,
          },
        ];
  });
  if (fix) for (const d of drift) await Organization.patch({ id: d.id }).set({ agreementCount: d.recounted }).go();
  return drift.map(({ id: _id, ...d }) => d);
}

/**
 * The delete guards' counts (#modules/aggregates/uses): how many trainings and scholarships name each
 * organization and each program's objectives, from the records; the drift, written back with `fix`.
 */
export async function recountUses({ fix = false } = {}): Promise<Drift[]> {
  const [{ data: programs }, { data: organizations }] = await Promise.all([
    Program.query.byName({}).go({ pages: 'all' }),
    Organization.query.byName({}).go({ pages: 'all' }),
  ]);
  const recounted: Contribution[] = [];
  for (const p of programs) {
    const { data: trainings } = await Training.query.byProgram({ programId: p.id }).go({ pages: 'all' });
    recounted.push(...trainings.flatMap((t) => trainingUses(t)));
    recounted.push(...(await scholarshipsOf(p.id)).flatMap((s) => scholarshipUses(s)));
  }
  // Every partition that may hold counts, also those whose records are all gone.
  const partitions = new Set([
    ...programs.map((p) => objectiveUsePartition(p.id)),
    ...organizations.map((o) => organizationUseKey(o.id).programId),
    ...recounted.map((c) => c.programId),
  ]);
  const drift: Drift[] = [];
  for (const partition of partitions) {
    drift.push(
      ...(await recountPartition(
        partition,
        recounted.filter((c) => c.programId === partition),
        { fix },
      )),
    );
  }
  return drift;
}

/** Every program's aggregates and counts, the organizations' counts, and the search words, program copies and name guards. */
export async function recountAll(
  options: { fix?: boolean } = {},
): Promise<{ programs: number; drift: Drift[]; indexes: IndexDrift[]; publicStats: PublicStatDrift[] }> {
  const { data: programs } = await Program.query.byName({}).go({ pages: 'all' });
  const drift: Drift[] = [];
  for (const p of programs) drift.push(...(await recountProgram(p.id, options)));
  drift.push(...(await recountOrganizations(options)));
  drift.push(...(await recountUses(options)));
  return {
    programs: programs.length,
    drift,
    indexes: await recountIndexes(options),
    publicStats: await recountPublicStats(options),
  };
}
