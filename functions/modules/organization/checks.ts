import type { GraphQLError } from 'graphql';
import { step, type Step } from '#platform/transact';
import { Organization } from '#modules/organization/entity';

/** A condition that the organization exists, failing as `error`. */
export const organizationExists = (id: string, error: GraphQLError): Step =>
  step(
    Organization.check({ id })
      .where((a, op) => op.exists(a.id))
      .commit(),
    error,
  );

/**
 * Counts an agreement on the organization (±1), failing as `error` when it does not exist: the
 * count lets a delete refuse an organization still party to an agreement without a query.
 */
export const countAgreement = (id: string, delta: 1 | -1, error?: GraphQLError): Step =>
  step(
    delta > 0
      ? Organization.patch({ id }).add({ agreementCount: 1 }).commit()
      : Organization.patch({ id }).subtract({ agreementCount: 1 }).commit(),
    error,
  );
