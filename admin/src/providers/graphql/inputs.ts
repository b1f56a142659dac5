import type { IntrospectionField } from 'graphql';
import type { IntrospectionResult } from 'ra-data-graphql';
import { argInputType, inputFieldsOf } from './introspection.ts';

/**
 * Form values → mutation inputs. Only fields the input type declares are sent (a form holds
 * read-only fields too: parties, agreementCount, createdAt…). Updates send `id`, the `version`
 * the user read, and only what changed: absent means "leave as is" to the API, null clears.
 */
function declared(ir: IntrospectionResult, field: IntrospectionField): Set<string> {
  const type = argInputType(field, 'input');
  if (!type) throw new Error(`${field.name} takes no input argument`);
  return new Set(inputFieldsOf(ir, type));
}

export function createInput(ir: IntrospectionResult, field: IntrospectionField, data: Record<string, unknown>) {
  const allowed = declared(ir, field);
  const input: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (allowed.has(k) && v != null && v !== '') input[k] = v;
  return input;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function updateInput(
  ir: IntrospectionResult,
  field: IntrospectionField,
  data: Record<string, unknown>,
  previous: Record<string, unknown> = {},
) {
  const allowed = declared(ir, field);
  const input: Record<string, unknown> = { id: previous.id ?? data.id, version: previous.version ?? data.version };
  for (const [k, v] of Object.entries(data)) {
    if (k === 'id' || k === 'version' || !allowed.has(k)) continue;
    if (!same(v, previous[k])) input[k] = v === '' ? null : (v ?? null);
  }
  return input;
}
