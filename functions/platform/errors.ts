import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type * as z from 'zod';
import { fieldProblems, type FieldProblem } from '@ruta/schema/problems';
import { logger } from '#platform/logger';

const KNOWN = new Set<string>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  // Apollo's own codes for malformed requests: safe to pass through.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function badInput(problems: FieldProblem[], message?: string): GraphQLError {
  const summary = message ?? problems.map((p) => `${p.path}: ${p.message}`).join('; ');
  return new GraphQLError(summary || 'Invalid input', {
    extensions: { code: 'BAD_USER_INPUT', fields: problems },
  });
}

export function unauthenticated(message = 'Sign in to continue'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

export function forbidden(message = 'You are not allowed to do this'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN' } });
}

export function notFound(type: string, id: string): GraphQLError {
  return new GraphQLError(`${type} ${id} was not found`, { extensions: { code: 'NOT_FOUND', type, id } });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'CONFLICT', ...extra } });
}

/** Parses input with a shared zod schema; failures become BAD_USER_INPUT with field paths. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, path: string[] = ['input']): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badInput(fieldProblems(result.error, path));
  return result.data;
}

/**
 * Keeps typed errors as they are and turns everything else into a bare INTERNAL_SERVER_ERROR, so
 * nothing internal (stack, table names, SDK messages) reaches a client. The original is logged.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = String(formatted.extensions?.code ?? '');
  if (KNOWN.has(code)) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const original = unwrapResolverError(error);
  logger.error('unexpected error', { error: original as Error, path: formatted.path?.join('.') });
  return {
    message: 'Internal server error',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}

/** The optimistic-lock failure: the record has a newer version than the one the caller sent. */
export function staleVersion(currentVersion?: number): GraphQLError {
  return conflict('This record was changed by someone else since you opened it; reload and try again', {
    reason: 'STALE_VERSION',
    ...(currentVersion !== undefined ? { currentVersion } : {}),
  });
}
