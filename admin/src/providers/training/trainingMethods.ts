import { runQuery } from '../graphql/request.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import type { TrainingRosterQuery, TrainingTotalsQuery } from '../../graphql/generated/graphql.ts';

/**
 * A training's attendance roster, read apart from the record: lists and exports never ask for it (personal
 * data, and a request per training); the server answers null to roles that may not read it.
 */
const trainingRosterQuery = graphql(`
  query trainingRoster($id: ID!) { training(id: $id) { id rosterSize roster { entries { name sex institution position email } } } }
`);

/** People trained by objective and sex over a program (the dashboard tile): one Query of its aggregates. */
const trainingTotalsQuery = graphql(`
  query trainingTotals($programId: ID!) { trainingTotals(programId: $programId) { objectiveCode trainings women men notRecorded total } }
`);

export type TrainingTotal = TrainingTotalsQuery['trainingTotals'][number];

export type RosterEntry = NonNullable<TrainingRosterQuery['training']['roster']>['entries'] extends (infer E)[] | null ? E : never;

export const trainingMethods = {
  trainingRoster: async (id: string): Promise<{ data: RosterEntry[] | null }> => {
    const { training } = await runQuery(trainingRosterQuery, { id });
    return { data: training.roster?.entries ?? null };
  },
  trainingTotals: async (programId: string): Promise<{ data: TrainingTotal[] }> => ({
    data: (await runQuery(trainingTotalsQuery, { programId })).trainingTotals,
  }),
};

export type TrainingMethods = typeof trainingMethods;
