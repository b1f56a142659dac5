import { graphql } from '../../graphql/generated/gql.ts';
import { runMutation, runQuery } from '../../providers/graphql/request.ts';

const programStatisticsKQuery = graphql(`
  query programStatisticsK($id: ID!) {
    program(id: $id) {
      id
      statisticsK
    }
  }
`);

const setProgramStatisticsKMutation = graphql(`
  mutation setProgramStatisticsK($programId: ID!, $k: Int!) {
    setProgramStatisticsK(programId: $programId, k: $k) {
      id
      statisticsK
      version
    }
  }
`);

/** The program's k (11 until an admin sets it). */
export async function getProgramStatisticsK(id: string): Promise<number> {
  return (await runQuery(programStatisticsKQuery, { id })).program.statisticsK;
}

/** Sets the program's k (admin; 5–100): BAD_USER_INPUT comes back as the `k` field's error. */
export async function setProgramStatisticsK(programId: string, k: number): Promise<number> {
  return (await runMutation(setProgramStatisticsKMutation, { programId, k })).setProgramStatisticsK.statisticsK;
}
