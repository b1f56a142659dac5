import { HttpError } from 'react-admin';
import { encodeMessage } from '../../commons/validationMessage.ts';

/**
 * The API's typed errors → react-admin's HttpError: a status react-admin understands (401 logs
 * out through authProvider.checkError), a message that is a translation key (notifications
 * translate it), and for BAD_USER_INPUT on a save `body.errors` keyed by form field, which
 * react-admin puts on the inputs (pessimistic saves only).
 */
interface FieldProblem {
  path: string;
  key: string;
  message?: string;
  params?: Record<string, string | number>;
}

interface ApiError {
  message: string;
  extensions?: { code?: string; fields?: FieldProblem[]; reason?: string; httpStatus?: number; existingId?: string };
}

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  BAD_USER_INPUT: 400,
};

/** Field name in the form for an input path: `input.partyIds.1` → `partyIds`. */
function formField(path: string): string | undefined {
  const [root, name] = path.split('.');
  if (root !== 'input' || !name || name === 'id' || name === 'version') return undefined;
  return name;
}

function formErrors(problems: FieldProblem[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const p of problems) {
    const name = formField(p.path);
    if (name && !errors[name]) errors[name] = encodeMessage(p.key, p.params);
  }
  return errors;
}

/** Why a list request was refused: which filters/sorts the indexes cannot serve together. */
function listProblem(problems: FieldProblem[]): string {
  if (problems.some((p) => p.path === 'sort.field')) return 'ruta.errors.sort_unavailable';
  const dates = problems.find((p) => p.path.startsWith('filter.') && p.key !== 'validation.invalid');
  if (dates) return dates.key;
  if (problems.some((p) => p.path.startsWith('filter.'))) return 'ruta.errors.search_combined';
  return 'ruta.errors.BAD_USER_INPUT';
}

function fromApiError(e: ApiError, isSave: boolean): HttpError {
  const code = e.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  if (code === 'UNAUTHENTICATED') return new HttpError('ruta.errors.UNAUTHENTICATED', 401);
  if (code === 'CONFLICT') {
    const reason = e.extensions?.reason;
    // Another organization has the name: on the form, under the name input (the warning above it links to it).
    if (reason === 'NAME_TAKEN') {
      const errors = isSave ? formErrors(e.extensions?.fields ?? []) : {};
      return new HttpError('ruta.errors.NAME_TAKEN', 409, {
        reason,
        existingId: e.extensions?.existingId,
        ...(Object.keys(errors).length ? { errors } : {}),
      });
    }
    const key = reason === 'STALE_VERSION' || reason === 'HAS_AGREEMENTS' || reason === 'IN_USE' ? reason : 'CONFLICT';
    return new HttpError(`ruta.errors.${key}`, 409, { reason });
  }
  if (code === 'BAD_USER_INPUT') {
    const problems = e.extensions?.fields ?? [];
    if (!isSave) return new HttpError(listProblem(problems), 400, { problems });
    const errors = formErrors(problems);
    return Object.keys(errors).length
      ? new HttpError('ruta.errors.BAD_USER_INPUT', 400, { errors })
      : new HttpError(problems[0]?.key ?? 'ruta.errors.BAD_USER_INPUT', 400, { problems });
  }
  if (code in STATUS) return new HttpError(`ruta.errors.${code}`, STATUS[code]!);
  // GRAPHQL_VALIDATION_FAILED & co. mean the console and the API disagree: nothing the user can fix.
  return new HttpError('ruta.errors.INTERNAL_SERVER_ERROR', e.extensions?.httpStatus ?? 500);
}

/**
 * What a failed call carries: Apollo's error as the client throws it, or the same error wrapped by
 * ra-data-graphql in an HttpError (GraphQL errors in `body`, a network failure's status in `status`).
 */
interface ApolloFailure {
  graphQLErrors?: readonly ApiError[];
  networkError?: { statusCode?: number } | null;
}

const isApolloFailure = (e: unknown): e is ApolloFailure => !!e && typeof e === 'object' && ('graphQLErrors' in e || 'networkError' in e);

function fromStatus(status: number): HttpError {
  if (status === 401) return new HttpError('ruta.errors.UNAUTHENTICATED', 401);
  if (status === 403) return new HttpError('ruta.errors.FORBIDDEN', 403);
  return new HttpError('ruta.errors.NETWORK', status || 503);
}

/** Any error of a GraphQL call → the HttpError react-admin acts on; other errors (bugs) pass unchanged. */
export function toHttpError(error: unknown, isSave: boolean): unknown {
  if (error instanceof HttpError) {
    const first = isApolloFailure(error.body) ? error.body.graphQLErrors?.[0] : undefined;
    return first ? fromApiError(first, isSave) : fromStatus(error.status);
  }
  if (!isApolloFailure(error)) return error;
  const first = error.graphQLErrors?.[0];
  if (first) return fromApiError(first, isSave);
  return fromStatus(error.networkError?.statusCode ?? 0);
}

/**
 * The console's one error wrapper: every call to the API (react-admin's CRUD, users, framework,
 * report) goes through it, so a 401 reaches authProvider.checkError the same way everywhere.
 */
export async function withApiErrors<T>(run: () => Promise<T>, isSave: boolean): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw toHttpError(e, isSave);
  }
}
