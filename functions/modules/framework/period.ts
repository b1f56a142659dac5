import { problem } from '@ruta/schema/zod/common';
import { effectiveTerms } from '@ruta/schema/zod/program';
import { badInput } from '#platform/errors';
import { Program } from '#modules/program/entity';

/**
 * Dated records of a program (expenditures, monthly values, observations) must fall in its period,
 * modifications included: a record outside it would be stored and listed but never reported.
 * `when` is a date (YYYY-MM-DD) or a month (YYYY-MM, which must overlap the period).
 */
export async function assertWithinProgram(programId: string, when: string, path: string): Promise<void> {
  const { data: program } = await Program.get({ id: programId }).go();
  if (!program) throw badInput([problem(path.replace(/[^.]+$/, 'programId'), 'validation.unknown_program')]);
  const start = program.startDate;
  const end = effectiveTerms(program).endDate;
  const inside = when.length === 7 ? when >= start.slice(0, 7) && when <= end.slice(0, 7) : when >= start && when <= end;
  if (!inside) {
    throw badInput(
      [problem(path, 'validation.outside_program', { start, end })],
      `${path}: ${when} is outside the program period (${start} to ${end})`,
    );
  }
}
