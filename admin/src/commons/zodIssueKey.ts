/**
 * The message key (and its parameters) for a zod issue: schema messages are already keys
 * (`validation.end_before_start`); zod's built-in checks get the key the server would send for
 * them (schema/problems.ts `fieldProblems`), so forms, imports and the API use the same words —
 * and the same parameters (a custom issue's `params`, a ceiling's `max`).
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
  params?: Record<string, unknown>;
}

function paramsOf(issue: Issue): Record<string, string | number> | undefined {
  if (issue.code === 'custom' && issue.params) {
    const args = Object.fromEntries(
      Object.entries(issue.params).filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number'),
    );
    return Object.keys(args).length ? args : undefined;
  }
  if (issue.code === 'too_big') return { max: Number(issue.maximum) };
  return undefined;
}

export function zodIssueKey(issue: Issue): IssueMessage {
  if (issue.message?.startsWith('validation.')) {
    const args = paramsOf(issue);
    return args ? { key: issue.message, args } : { key: issue.message };
  }
  if (issue.code === 'too_big' && issue.origin === 'string') {
    return { key: 'validation.too_long', args: { max: Number(issue.maximum) } };
  }
  if (issue.code === 'too_small' && issue.origin === 'string') return { key: 'validation.required' };
  // An untouched select holds '' (react-admin's empty choice): that is "required", not "invalid".
  if (issue.input === undefined || issue.input === null || issue.input === '') return { key: 'validation.required' };
  return { key: 'validation.invalid' };
}
