import type { IntrospectionSchema } from 'graphql';
import { CREATE, DELETE, GET_LIST, GET_MANY, GET_MANY_REFERENCE, GET_ONE, UPDATE } from 'react-admin';

/** The resources whose operations follow the naming below, served by ra-data-graphql and buildQuery. */
export const CRUD_RESOURCES = ['Organization', 'PartnerAgreement', 'Program', 'Training', 'Scholarship'] as const;

const lcFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * The schema ships with the console (production turns introspection off, and we never ask for it),
 * in a chunk of its own loaded with the first data request: the login page does not wait for it.
 */
export async function loadSchema(): Promise<IntrospectionSchema> {
  const introspection = await import('@ruta/schema/generated/introspection.json');
  return (introspection.default as unknown as { __schema: IntrospectionSchema }).__schema;
}

/** ra-data-graphql's introspection options (less the schema): which operation serves which react-admin verb. */
export const introspectionOptions = {
  include: [...CRUD_RESOURCES],
  operationNames: {
    [GET_LIST]: (t: { name: string }) => `${lcFirst(t.name)}s`,
    [GET_MANY]: (t: { name: string }) => `${lcFirst(t.name)}sByIds`,
    [GET_MANY_REFERENCE]: (t: { name: string }) => `${lcFirst(t.name)}s`,
    [GET_ONE]: (t: { name: string }) => lcFirst(t.name),
    [CREATE]: (t: { name: string }) => `create${t.name}`,
    [UPDATE]: (t: { name: string }) => `update${t.name}`,
    [DELETE]: (t: { name: string }) => `delete${t.name}`,
  },
};
