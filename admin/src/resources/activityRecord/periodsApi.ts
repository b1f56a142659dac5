import { graphql } from '../../graphql/generated/gql.ts';
import { runMutation, runQuery } from '../../providers/graphql/request.ts';

/** Locked quarters of a program, and the partner's quarter for the dashboard, through the console's Apollo client. */
const periodsQuery = graphql(`
  query activityPeriods($programId: ID!) {
    reportingPeriods(programId: $programId) { programId quarter locked lockedBy lockedAt }
  }
`);
const lockMutation = graphql(`
  mutation activityLockPeriod($programId: ID!, $quarter: String!) {
    lockPeriod(programId: $programId, quarter: $quarter) { programId quarter locked lockedBy lockedAt }
  }
`);
const unlockMutation = graphql(`
  mutation activityUnlockPeriod($programId: ID!, $quarter: String!) {
    unlockPeriod(programId: $programId, quarter: $quarter) { programId quarter locked }
  }
`);
const quarterQuery = graphql(`
  query partnerQuarter($quarter: String!, $programId: ID) {
    partnerQuarter(quarter: $quarter, programId: $programId) {
      organizationId
      quarter
      byStatus { status count people }
      peopleReached
      returned { id title reviewComment }
    }
  }
`);

export const periodsApi = {
  list: (programId: string) => runQuery(periodsQuery, { programId }).then((d) => d.reportingPeriods),
  lock: (programId: string, quarter: string) =>
    runMutation(lockMutation, { programId, quarter }, { isSave: false }).then((d) => d.lockPeriod),
  unlock: (programId: string, quarter: string) =>
    runMutation(unlockMutation, { programId, quarter }, { isSave: false }).then((d) => d.unlockPeriod),
  partnerQuarter: (quarter: string, programId: string) => runQuery(quarterQuery, { quarter, programId }).then((d) => d.partnerQuarter),
};

/** The quarters from one date to another, oldest first: 2008-11-03 … 2009-02-01 → 2008-Q4, 2009-Q1. */
export function quartersBetween(from: string, to: string): string[] {
  const index = (d: string) => Number(d.slice(0, 4)) * 4 + Math.floor((Number(d.slice(5, 7)) - 1) / 3);
  const out: string[] = [];
  for (let i = index(from); i <= index(to) && out.length < 200; i++) out.push(`${Math.floor(i / 4)}-Q${(i % 4) + 1}`);
  return out;
}

/** Today's quarter, or the program's nearest one when today is outside it. */
export function defaultQuarter(program: { startDate: string; endDate?: string | null }, today = new Date()): string {
  const now = today.toISOString().slice(0, 10);
  const day = now < program.startDate ? program.startDate : program.endDate && now > program.endDate ? program.endDate : now;
  return quartersBetween(day, day)[0]!;
}
