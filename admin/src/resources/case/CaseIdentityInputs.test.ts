import { describe, expect, it } from 'vitest';
import { caseIdentityInput } from '@ruta/schema/zod/case';
import { identityFormValues, identityInputOf } from './CaseIdentityInputs.tsx';

describe('the identity form’s values', () => {
  const revealed = {
    caseId: 'c1',
    fullName: 'Persona Demo Prueba',
    otherNames: ['La Flaca', 'Pepa'],
    dateOfBirth: '1993-03-02',
    documentType: 'NATIONAL_ID' as const,
    documentNumber: 'DEMO-1',
    contacts: ['0999'],
    address: null,
    familyContacts: [],
  };

  it('start empty without a reveal, and from the revealed values with one — the same identity back', () => {
    expect(identityFormValues(null)).toEqual({ fullName: '' });
    const input = identityInputOf(identityFormValues(revealed));
    expect(input).toEqual({
      fullName: 'Persona Demo Prueba',
      otherNames: ['La Flaca', 'Pepa'],
      dateOfBirth: '1993-03-02',
      documentType: 'NATIONAL_ID',
      documentNumber: 'DEMO-1',
      contacts: ['0999'],
      address: null,
      familyContacts: [],
    });
    expect(caseIdentityInput.safeParse(input).success).toBe(true);
  });

  it('turn lines into lists and empty choices into null', () => {
    expect(identityInputOf({ fullName: 'X', otherNames: ' a \n\n b ', documentType: '', documentNumber: '', address: '' })).toMatchObject({
      otherNames: ['a', 'b'],
      documentType: null,
      documentNumber: null,
      address: null,
    });
  });
});
