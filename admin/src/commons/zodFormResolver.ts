import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { encodeMessage } from './validationMessage.ts';
import { zodIssueKey } from './zodIssueKey.ts';

/**
 * The form's errors for a zod parse: the first problem of each field, as a message key with its
 * parameters (zodIssueKey.ts), e.g. "Debe estar entre 0 y 100 %" keeps its range. Every problem of
 * the parse is there at once: the shared schemas run their cross-field rules even while other fields
 * fail (schema/zod/common.ts `whenValid`), so "end before start" shows with "required" in one round.
 */
export function formErrors(issues: readonly z.core.$ZodIssue[]): Record<string, FieldError> {
  const errors: Record<string, FieldError> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    if (errors[path]) continue;
    const { key, args } = zodIssueKey(issue as never);
    errors[path] = { type: issue.code, message: encodeMessage(key, args) };
  }
  return errors;
}

/**
 * Client-side validation with the same zod schema the server runs. `toInput` turns the form's values
 * into what the API takes (e.g. drops a derived status); the form keeps its own values, and the data
 * provider builds the request from them.
 */
export function zodFormResolver(schema: z.ZodType, toInput: (values: FieldValues) => unknown = (v) => v): Resolver<FieldValues> {
  return async (values, _context, options) => {
    const result = await schema.safeParseAsync(toInput(values));
    if (result.success) return { values, errors: {} };
    return { values: {}, errors: toNestErrors(formErrors(result.error.issues), options) };
  };
}
