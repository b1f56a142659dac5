/**
 * The message key (and its parameters) for a zod issue: schema messages are already keys
 * (`validation.end_before_start`); zod's built-in checks get the key the server would send for
 * them (schema/zod/common.ts `fieldProblems`), so forms, imports and the API use the same words.
 */
export interface IssueMessage {
  key: string;
  args?: Record<string, string | number>;
}

interface Issue {
  code: string;
  message?: string;
  origin?: string;
  maximum?: unknown;
  input?: unknown;
}

export function zodIssueKey(issue: Issue): IssueMessage {
  if (issue.message?.startsWith('validation.')) return { key: issue.message };
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { key: 'validation.too_long', args: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'validation.required' };
  // An untouched select holds '' (react-admin's empty choice): that is "required", not "invalid".
  if (issue.input === undefined || issue.input === null || issue.input === '') return { key: 'validation.required' };
  return { key: 'validation.invalid' };
}
