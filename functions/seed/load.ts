import { GraphQLError } from 'graphql';
import { createContext, type RequestContext } from '#platform/context';
import { Organization } from '#modules/organization/entity';
import { createOrganization } from '#modules/organization/service';
import { createAgreement } from '#modules/partnerAgreement/service';
import { createProgram } from '#modules/program/service';
import { createBudgetLine, createIndicator, createObjective, setIndicatorValue, setObservation } from '#modules/framework/service';
import { recordExpenditure } from '#modules/framework/expenditure';
import { scopedId } from '#modules/framework/ids';
import { ensureUser } from '#modules/user/service';
import { demoUsers, seedAgreements, seedOrganizations } from './ecuador.ts';
import { createTraining } from '#modules/training/service';
import { seedTrainings, trainingOrganizations } from './trainings.ts';
import { loadScholarships } from './scholarships.ts';
import { loadCases } from './cases.ts';
import { loadCaseRoutes } from './caseRoutes.ts';
import { loadActivityRecords } from './activityRecords.ts';
import {
  ecuadorCosts,
  ecuadorIndicators,
  ecuadorObjectives,
  ecuadorObservations,
  ecuadorProgram,
  FINAL_MONTH,
  PROGRAM_ID,
} from './ecuadorProgram.ts';

/** A step whose record exists already (an interrupted earlier load) is skipped, not an error. */
async function once(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    const ext = e instanceof GraphQLError ? e.extensions : {};
    const taken = ext.code === 'CONFLICT' || (ext.fields as { key: string }[] | undefined)?.some((f) => f.key === 'validation.code_taken');
    if (!taken) throw e;
  }
}

async function loadProgram(ctx: RequestContext) {
  await once(() => createProgram(ctx, ecuadorProgram));
  for (const o of ecuadorObjectives) await once(() => createObjective(ctx, { programId: PROGRAM_ID, ...o }));
  for (const { actual, metric, ...i } of ecuadorIndicators) {
    await once(() => createIndicator(ctx, { programId: PROGRAM_ID, ...i, source: metric ? 'COMPUTED' : 'MANUAL', metric, baseline: 0 }));
    if (actual !== undefined) await setIndicatorValue(ctx, { indicatorId: scopedId(PROGRAM_ID, i.id), period: FINAL_MONTH, value: actual });
  }
  for (const c of ecuadorCosts) {
    await once(() =>
      createBudgetLine(ctx, { id: c.id, programId: PROGRAM_ID, objectiveCode: c.objectiveCode, label: c.label, planned: c.usd * 100 }),
    );
    await once(() =>
      recordExpenditure(ctx, {
        id: `exp-${c.id}`,
        budgetLineId: scopedId(PROGRAM_ID, c.id),
        date: '2009-07-31',
        amount: c.usd * 100,
        description: 'Cumulative cost as reported in the final report',
      }),
    );
  }
  for (const o of ecuadorObservations) await setObservation(ctx, { programId: PROGRAM_ID, period: FINAL_MONTH, ...o });
}

/**
 * Loads the demo program through the ordinary services (validation, transactions, aggregates, audit
 * events), as the user `seed`. Idempotent: records have fixed ids and existing ones are skipped;
 * once the last organization exists the whole load is skipped, so a restart costs one read.
 */
export async function loadDemoData(): Promise<{ loaded: boolean }> {
  const last = seedOrganizations[seedOrganizations.length - 1]!;
  const users = await Promise.all(demoUsers.map((u) => ensureUser(u)));
  const { data } = await Organization.get({ id: last.id }).go();
  if (data) return { loaded: users.some(Boolean) };
  const ctx = createContext({ username: 'seed', displayName: 'Demo data', role: 'admin', organizationId: null, programIds: [] }, 'seed');
  for (const o of seedOrganizations.slice(0, -1)) await once(() => createOrganization(ctx, o));
  await loadProgram(ctx);
  for (const a of seedAgreements) await once(() => createAgreement(ctx, a));
  for (const o of trainingOrganizations) await once(() => createOrganization(ctx, o));
  for (const t of seedTrainings) await once(() => createTraining(ctx, t));
  await loadScholarships(ctx);
  await loadCases(ctx, once);
  await loadCaseRoutes(ctx, once);
  await loadActivityRecords(ctx, once);
  await createOrganization(ctx, last);
  return { loaded: true };
}
