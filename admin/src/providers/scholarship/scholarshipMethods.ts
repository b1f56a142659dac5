import { runQuery } from '../graphql/request.ts';
import { graphql } from '../../graphql/generated/gql.ts';
import type { ScholarshipTalliesQuery } from '../../graphql/generated/graphql.ts';

/** Scholarships by canton and sponsor over a program (the dashboard tile): one Query of its tallies and one BatchGetItem of the sponsors. */
const scholarshipTalliesQuery = graphql(`
  query scholarshipTallies($programId: ID!) {
    scholarshipTallies(programId: $programId) { cantonCode cantonName provinceCode provinceName sponsorId sponsorName awarded }
  }
`);

export type ScholarshipTally = ScholarshipTalliesQuery['scholarshipTallies'][number];

export const scholarshipMethods = {
  scholarshipTallies: async (programId: string): Promise<{ data: ScholarshipTally[] }> => ({
    data: (await runQuery(scholarshipTalliesQuery, { programId })).scholarshipTallies,
  }),
};

export type ScholarshipMethods = typeof scholarshipMethods;
