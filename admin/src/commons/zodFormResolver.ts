import { zodResolver } from '@hookform/resolvers/zod';
import type { FieldValues, Resolver } from 'react-hook-form';
import type * as z from 'zod';
import { encodeMessage } from './validationMessage.ts';
import { zodIssueKey } from './zodIssueKey.ts';

/** Client-side validation with the same zod schema the server runs (messages: zodIssueKey.ts). */
function keyOf(issue: Parameters<typeof zodIssueKey>[0]): string {
  const { key, args } = zodIssueKey(issue);
  return encodeMessage(key, args);
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
