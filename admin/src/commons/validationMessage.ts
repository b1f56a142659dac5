/**
 * react-hook-form keeps error messages as strings; react-admin's ValidationError recognises this
 * prefix and translates `{message, args}` at render time, so a field error follows the language
 * switch and keeps its parameters (e.g. %{max}).
 */
const PREFIX = '@@react-admin@@';

export function encodeMessage(key: string, args?: Record<string, unknown>): string {
  return args && Object.keys(args).length ? PREFIX + JSON.stringify({ message: key, args }) : key;
}

/** The key and parameters inside a message made by encodeMessage (or a plain key). */
export function decodeMessage(message: string): { key: string; args?: Record<string, string | number> } {
  if (!message.startsWith(PREFIX)) return { key: message };
  const { message: key, args } = JSON.parse(message.slice(PREFIX.length)) as { message: string; args?: Record<string, string | number> };
  return { key, ...(args ? { args } : {}) };
}
