import { scopeOf } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { forbidden, notFound } from '#platform/errors';

/**
 * Applies an operation's scope to a program id before anything is read: program-scoped callers
 * (donors, partners) get NOT_FOUND for programs outside their token, so they cannot even learn
 * which program ids exist.
 */
export function assertProgramAccess(ctx: RequestContext, operation: string, programId: string): void {
  const scope = scopeOf(ctx.identity.role, 'Query', operation);
  if (scope === undefined) throw forbidden();
  if (scope === 'program' && !ctx.identity.programIds.includes(programId)) throw notFound('Program', programId);
}
