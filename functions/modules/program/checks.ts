import type { GraphQLError } from 'graphql';
import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';

/**
 * Conditions a record linked to a program must meet at write time — the program exists and each
 * objective code is in its framework — as condition checks inside the record's own transaction, so
 * a framework change racing with the write cannot leave a dangling link.
 */
export interface LinkCheck {
  key: { kind: 'program'; id: string } | { kind: 'objective'; programId: string; code: string };
  error: GraphQLError;
}

export function programChecks(r: { programId?: string | null; objectiveCodes?: readonly string[] }, path = 'input'): LinkCheck[] {
  if (!r.programId) return [];
  const programId = r.programId;
  return [
    { key: { kind: 'program', id: programId }, error: badInput([problem(`${path}.programId`, 'validation.unknown_program')]) },
    ...(r.objectiveCodes ?? []).map((code, i) => ({
      key: { kind: 'objective' as const, programId, code },
      error: badInput([problem(`${path}.objectiveCodes.${i}`, 'validation.unknown_objective')], `${path}.objectiveCodes.${i}: no objective ${code} in the program`),
    })),
  ];
}

/** The part of ElectroDB's transaction entity a check needs (its generic types do not survive a parameter). */
interface Checkable {
  check(key: never): { where(fn: (a: any, op: any) => string): { commit(): any } };
}

export function checkOps(checks: LinkCheck[], program: Checkable, objective: Checkable) {
  return checks.map(({ key }) =>
    key.kind === 'program'
      ? program.check({ id: key.id } as never).where((a, op) => op.exists(a.id)).commit()
      : objective.check({ programId: key.programId, code: key.code } as never).where((a, op) => op.exists(a.code)).commit(),
  );
}
