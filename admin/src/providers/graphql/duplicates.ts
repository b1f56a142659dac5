import { graphql } from '../../graphql/generated/gql.ts';
import type { OrganizationsNamedQuery } from '../../graphql/generated/graphql.ts';
import { runQuery } from './request.ts';

/**
 * Duplicate checks (issue 9.2): which organizations already have these names (case, accents and
 * punctuation ignored; the API refuses a second one), for the create form and the CSV import.
 * Agreements of the same title go through the list's `titleIs` filter (react-admin's getList).
 */
const organizationsNamedQuery = graphql(`
  query organizationsNamed($names: [String!]!) {
    organizationsNamed(names: $names) {
      id name acronym kind country province city contactPerson email phone notes agreementCount version
    }
  }
`);

export type NamedOrganization = NonNullable<OrganizationsNamedQuery['organizationsNamed'][number]>;

/** The API answers at most this many names at once. */
export const NAMES_PER_LOOKUP = 100;

/** Custom data-provider methods (call them through `useRutaDataProvider()`). */
export const duplicateMethods = {
  /** For each name, the organization that has it, or null (asked in batches of 100). */
  async organizationsNamed(names: readonly string[]): Promise<{ data: (NamedOrganization | null)[] }> {
    const data: (NamedOrganization | null)[] = [];
    for (let i = 0; i < names.length; i += NAMES_PER_LOOKUP) {
      const batch = names.slice(i, i + NAMES_PER_LOOKUP);
      data.push(...(await runQuery(organizationsNamedQuery, { names: [...batch] })).organizationsNamed);
    }
    return { data };
  },
};

export type DuplicateMethods = typeof duplicateMethods;
