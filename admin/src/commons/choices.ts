import { ORGANIZATION_KINDS } from '@ruta/schema/zod/organization';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, STORED_AGREEMENT_STATUSES } from '@ruta/schema/zod/partnerAgreement';

/** Enum values from the shared schema, labelled by translation key (inputs translate choices). */
const choices = (type: string, values: readonly string[]) => values.map((id) => ({ id, name: `ruta.enums.${type}.${id}` }));

export const organizationKinds = choices('OrganizationKind', ORGANIZATION_KINDS);
export const agreementKinds = choices('AgreementKind', AGREEMENT_KINDS);
export const agreementStatuses = choices('AgreementStatus', AGREEMENT_STATUSES);
/** In forms EXPIRED is shown (an expired agreement reads so) but cannot be chosen: it is derived. */
export const agreementStatusesForm = agreementStatuses.map((c) => ({
  ...c,
  disabled: !(STORED_AGREEMENT_STATUSES as readonly string[]).includes(c.id),
}));
