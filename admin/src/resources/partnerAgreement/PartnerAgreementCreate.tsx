import { useState } from 'react';
import { Create, SimpleForm } from 'react-admin';
import { createPartnerAgreementInput } from '@ruta/schema/zod/partnerAgreement';
import { newId } from '../../commons/newId.ts';
import { zodFormResolver } from '../../commons/zodFormResolver.ts';
import { PartnerAgreementInputs } from './PartnerAgreementInputs.tsx';

const resolver = zodFormResolver(createPartnerAgreementInput);

export const PartnerAgreementCreate = () => {
  // One id per form, so a retried save cannot create the agreement twice.
  const [id] = useState(newId);
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ id, status: 'DRAFT', currency: 'USD', partyIds: [], objectiveCodes: [] }} resolver={resolver}>
        <PartnerAgreementInputs />
      </SimpleForm>
    </Create>
  );
};
