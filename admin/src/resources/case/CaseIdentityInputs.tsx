import { Stack, Typography } from '@mui/material';
import { SelectInput, TextInput, useTranslate } from 'react-admin';
import { DOCUMENT_TYPES } from '@ruta/schema/zod/case';
import type { CaseIdentityInput } from '../../graphql/generated/graphql.ts';
import { LocaleDateInput } from '../../commons/LocaleDateInput.tsx';
import type { RevealedIdentity } from './caseApi.ts';
import { ck, enumKey } from './format.ts';

/** Lines typed in a text area → the list the API takes (blank lines dropped). */
const lines = (v: unknown) =>
  typeof v === 'string'
    ? v
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    : (v ?? null);

const blank = (v: unknown) => (v === '' || v === undefined ? null : v);

/** The form's `identity` values → the API's identity (lists from lines, an empty choice as null). */
export function identityInputOf(values: Record<string, unknown> | undefined): CaseIdentityInput {
  const identity = values ?? {};
  return {
    ...(identity as unknown as CaseIdentityInput),
    dateOfBirth: blank(identity.dateOfBirth) as string | null,
    documentType: blank(identity.documentType) as CaseIdentityInput['documentType'],
    documentNumber: blank(identity.documentNumber) as string | null,
    address: blank(identity.address) as string | null,
    otherNames: lines(identity.otherNames) as string[] | null,
    contacts: lines(identity.contacts) as string[] | null,
    familyContacts: lines(identity.familyContacts) as string[] | null,
  };
}

/**
 * A revealed identity → the form's values (lists one per line). Only ever called with the reveal's
 * in-memory values, never with anything read from a cache, storage or the URL.
 */
export function identityFormValues(revealed: RevealedIdentity | null): Record<string, unknown> {
  if (!revealed) return { fullName: '' };
  return {
    fullName: revealed.fullName,
    otherNames: revealed.otherNames.join('\n'),
    dateOfBirth: revealed.dateOfBirth,
    documentType: revealed.documentType ?? '',
    documentNumber: revealed.documentNumber ?? '',
    contacts: revealed.contacts.join('\n'),
    address: revealed.address ?? '',
    familyContacts: revealed.familyContacts.join('\n'),
  };
}

const documentChoices = DOCUMENT_TYPES.map((v) => ({ id: v, name: enumKey('IdentityDocumentType', v) }));

/**
 * The identity of the person, as registered (CaseCreate) and as corrected (CorrectIdentity): the
 * same inputs under `identity.*`, none of them remembered by the browser (autoComplete off).
 */
export const CaseIdentityInputs = ({ heading = true }: { heading?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      {heading && (
        <Typography variant="h6" component="h2">
          {translate(ck('identity.section'))}
        </Typography>
      )}
      <Stack direction="row" gap={2} flexWrap="wrap">
        <TextInput source="identity.fullName" label={ck('identity.fullName')} isRequired sx={{ minWidth: 320 }} autoComplete="off" />
        <LocaleDateInput source="identity.dateOfBirth" label={ck('identity.dateOfBirth')} />
        <SelectInput source="identity.documentType" label={ck('identity.documentType')} choices={documentChoices} />
        <TextInput source="identity.documentNumber" label={ck('identity.documentNumber')} autoComplete="off" />
      </Stack>
      <Stack direction="row" gap={2} flexWrap="wrap">
        {(['otherNames', 'contacts', 'familyContacts'] as const).map((field) => (
          <TextInput
            key={field}
            source={`identity.${field}`}
            label={ck(`identity.${field}`)}
            multiline
            minRows={2}
            sx={{ minWidth: 280 }}
            autoComplete="off"
          />
        ))}
      </Stack>
      <TextInput source="identity.address" label={ck('identity.address')} multiline autoComplete="off" />
    </>
  );
};
