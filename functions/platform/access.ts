import { scopeOf } from '@ruta/schema/policy';
import type { RequestContext } from '#platform/context';
import { forbidden, notFound } from '#platform/errors';

/**
 * For a type whose rules use scoped access: the organizations that own a record of it ('own') and
 * the program it belongs to ('program'). Each domain registers these for its types
 * (`functions/modules/index.ts`); the policy and the services read the same functions.
 */
export interface OwnerOf {
  organizations?: (record: unknown) => readonly (string | null | undefined)[];
  program?: (record: unknown) => string | null | undefined;
}

/** Records that belong to a program through their `programId`. */
export const ownedByProgram: OwnerOf = { program: (r) => (r as { programId?: string | null }).programId };

/**
 * What a caller reaches with one rule of the policy: every record, its own organization's, its
 * programs', or both of the last two — or nothing (undefined). The one place a scope turns into a
 * decision.
 */
export type Reach =
  | { scope: 'all' }
  | { scope: 'own'; organizationId: string | null }
  | { scope: 'program'; programIds: readonly string[] }
  | { scope: 'ownOrProgram'; organizationId: string | null; programIds: readonly string[] };

export function reachOf(ctx: RequestContext, type: string, field: string): Reach | undefined {
  const scope = scopeOf(ctx.identity.role, type, field);
  if (scope === 'own') return { scope, organizationId: ctx.identity.organizationId };
  if (scope === 'program') return { scope, programIds: ctx.identity.programIds };
  if (scope === 'ownOrProgram') return { scope, organizationId: ctx.identity.organizationId, programIds: ctx.identity.programIds };
  return scope ? { scope } : undefined;
}

/** Whether a reach covers a record, given who owns records of its type. */
export function reaches(reach: Reach | undefined, owner: OwnerOf | undefined, record: unknown, type = 'record'): boolean {
  if (!reach) return false;
  if (reach.scope === 'all') return true;
  if (reach.scope === 'own') return ownedBy(reach.organizationId, owner, record, type);
  if (reach.scope === 'program') return inPrograms(reach.programIds, owner, record, type);
  return ownedBy(reach.organizationId, owner, record, type) || inPrograms(reach.programIds, owner, record, type);
}

function ownedBy(organizationId: string | null, owner: OwnerOf | undefined, record: unknown, type: string): boolean {
  if (!owner?.organizations) throw new Error(`No organizations owner function for ${type}`);
  return organizationId !== null && owner.organizations(record).includes(organizationId);
}

function inPrograms(programIds: readonly string[], owner: OwnerOf | undefined, record: unknown, type: string): boolean {
  if (!owner?.program) throw new Error(`No program owner function for ${type}`);
  const program = owner.program(record);
  return !!program && programIds.includes(program);
}

/**
 * Applies an operation's scope to a program id before anything is read: program-scoped callers
 * (donors, partners) get NOT_FOUND for programs outside their token, so they cannot even learn
 * which program ids exist.
 */
export function assertProgramReach(ctx: RequestContext, operation: string, programId: string): void {
  const reach = reachOf(ctx, 'Query', operation);
  if (!reach) throw forbidden();
  if (!reaches(reach, ownedByProgram, { programId }, 'Program')) throw notFound('Program', programId);
}
