import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { encodeMessage } from './validationMessage.ts';

/**
 * Client-side validation with the same zod schema the server runs. Schema messages are already
 * keys (`validation.end_before_start`); zod's built-in checks get the key the server would send
 * for them (schema/zod/common.ts `fieldProblems`), so both sides show the same words.
 */
function keyOf(issue: { code: string; origin?: string; maximum?: unknown; input?: unknown }): string {
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return encodeMessage('validation.too_long', { max: Number(issue.maximum) });
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return 'validation.required';
  // An untouched select holds '' (react-admin's empty choice): that is "required", not "invalid".
  if (issue.input === undefined || issue.input === null || issue.input === '') return 'validation.required';
  return 'validation.invalid';
}

/**
 * `toInput` turns the form's values into what the API takes (e.g. drops a derived status); the
 * form keeps its own values, and the data provider builds the request from them.
 */
export function zodFormResolver(schema: z.ZodType, toInput: (values: FieldValues) => unknown = (v) => v): Resolver<FieldValues> {
  const validate = zodResolver(schema as never, { error: (issue) => keyOf(issue as never) }) as unknown as Resolver<FieldValues>;
  return async (values, context, options) => {
    const result = await validate(toInput(values) as FieldValues, context, options);
    return Object.keys(result.errors).length ? result : { values, errors: {} };
  };
}
