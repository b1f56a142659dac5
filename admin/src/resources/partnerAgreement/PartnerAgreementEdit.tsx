import { Edit, SimpleForm } from 'react-admin';
import type { FieldValues } from 'react-hook-form';
import { updatePartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { PartnerAgreementInputs } from './PartnerAgreementInputs.tsx';

/**
 * An expired agreement reads EXPIRED but is stored ACTIVE; the status is only sent when the user
 * picks another one (the data provider sends changed fields), so leave EXPIRED out of the check.
 */
const withoutDerivedStatus = ({ status, ...values }: FieldValues) => (status === 'EXPIRED' ? values : { ...values, status });

const resolver = zodFormResolver(updatePartnerAgreementInput, withoutDerivedStatus);

/** Pessimistic: the server's field errors and version conflicts must reach the form before leaving it. */
export const PartnerAgreementEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm resolver={resolver}>
      <PartnerAgreementInputs />
    </SimpleForm>
  </Edit>
);
