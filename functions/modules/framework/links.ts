import { problem } from '@ruta/schema/zod/common';
import { badInput } from '#platform/errors';
import { step, type Step } from '#platform/transact';
import { Program } from '#modules/program/entity';
import { Objective } from '#modules/framework/entity';

/** The program exists, failing as BAD_USER_INPUT on `path`. */
export const programExists = (programId: string, path = 'input.programId'): Step =>
  step(
    Program.check({ id: programId })
      .where((a, op) => op.exists(a.id))
      .commit(),
    badInput([problem(path, 'validation.unknown_program')]),
  );

const unknownObjective = (path: string, code: string) =>
  badInput([problem(path, 'validation.unknown_objective')], `${path}: no objective ${code} in the program`);

/** The objective exists in the program's framework, failing as BAD_USER_INPUT on `path`. */
export const objectiveExists = (programId: string, code: string, path: string): Step =>
  step(
    Objective.check({ programId, code })
      .where((a, op) => op.exists(a.code))
      .commit(),
    unknownObjective(path, code),
  );

/** What a record links to in a program's framework. */
export interface ProgramLinks {
  programId?: string | null;
  objectiveCodes?: readonly string[] | null;
}

const linkSet = (r: ProgramLinks | null | undefined) =>
  new Set(r?.programId ? (r.objectiveCodes ?? []).map((code) => `${r.programId}|${code}`) : []);

/**
 * The steps that keep a record's links to objectives exact as it goes from `before` to `after`
 * (null: created or deleted): the program exists, and each objective linked or unlinked has its
 * `agreementCount` moved by one — which fails, as BAD_USER_INPUT on the code's path, when the
 * objective does not exist. Objectives refuse deletion while the count is above 0.
 */
export function objectiveLinkSteps(before: ProgramLinks | null, after: ProgramLinks | null, path = 'input'): Step[] {
  const was = linkSet(before);
  const now = linkSet(after);
  const steps: Step[] = [];
  if (after?.programId && after.programId !== before?.programId) steps.push(programExists(after.programId, `${path}.programId`));
  (after?.objectiveCodes ?? []).forEach((code, i) => {
    if (!after?.programId || was.has(`${after.programId}|${code}`)) return;
    steps.push(
      step(
        Objective.patch({ programId: after.programId, code }).add({ agreementCount: 1 }).commit(),
        unknownObjective(`${path}.objectiveCodes.${i}`, code),
      ),
    );
  });
  for (const link of was) {
    if (now.has(link)) continue;
    const [programId, code] = link.split('|') as [string, string];
    steps.push(step(Objective.patch({ programId, code }).subtract({ agreementCount: 1 }).commit()));
  }
  return steps;
}
