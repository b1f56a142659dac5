import { graphql } from '../../graphql/generated/gql.ts';
import { runMutation } from '../../providers/graphql/request.ts';

const exportHtcdsMutation = graphql(`
  mutation exportHtcds($programId: ID!) {
    exportHtcds(programId: $programId) {
      programId
      csv
      cases
      rows
      generalisedRows
      droppedRows
      k
      generalisations { step rows }
      requests
    }
  }
`);

/** The program's cases as a de-identified HTCDS CSV and what the k-anonymity check did to them. */
export async function exportHtcds(programId: string) {
  return (await runMutation(exportHtcdsMutation, { programId }, { isSave: false })).exportHtcds;
}

export type HtcdsExportSummary = Awaited<ReturnType<typeof exportHtcds>>;
