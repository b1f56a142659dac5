import { HttpError } from 'react-admin';
import { encodeMessage } from './validationMessage.ts';

interface Problem {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/**
 * The field errors of a refused save, keyed by form field, for forms that call the API themselves
 * (dialogs): `body.errors` when the data provider already mapped `input.*` paths, otherwise the
 * problems of operations whose arguments are not wrapped in `input` (setIndicatorValue, setObservation).
 * Undefined when the error is not about fields: the caller notifies instead.
 */
export function serverFieldErrors(error: unknown): Record<string, string> | undefined {
  if (!(error instanceof HttpError) || error.status !== 400) return undefined;
  const body = error.body as { errors?: Record<string, string>; problems?: Problem[] } | undefined;
  if (body?.errors && Object.keys(body.errors).length) return body.errors;
  const errors: Record<string, string> = {};
  for (const p of body?.problems ?? []) {
    const name = p.path.replace(/^input\./, '').split('.')[0];
    if (name && name !== 'id' && name !== 'version' && !errors[name]) errors[name] = encodeMessage(p.key, p.params);
  }
  return Object.keys(errors).length ? errors : undefined;
}

/** The message to notify for an error no field shows (a translation key from errors.ts). */
export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'ruta.errors.INTERNAL_SERVER_ERROR';
}
