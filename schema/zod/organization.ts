import * as z from 'zod';
import type { CreateOrganizationInput, UpdateOrganizationInput, OrganizationKind } from '../generated/types.ts';
import { countryCode, id, optionalText, text, version } from './common.ts';

export const ORGANIZATION_KINDS = [
  'MINISTRY',
  'POLICE',
  'JUDICIARY',
  'PROSECUTOR',
  'NGO',
  'SHELTER',
  'INTERNATIONAL_ORGANIZATION',
  'COMPANY',
  'DONOR',
  'ACADEMIC',
  'LOCAL_GOVERNMENT',
  'OTHER',
] as const satisfies readonly OrganizationKind[];

const email = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? null : v),
  z.email('validation.invalid_email').max(254).nullish(),
);

const fields = {
  name: text(200),
  acronym: optionalText(30),
  kind: z.enum(ORGANIZATION_KINDS),
  country: countryCode,
  province: optionalText(100),
  city: optionalText(100),
  contactPerson: optionalText(200),
  email,
  phone: optionalText(40),
  notes: optionalText(4000, { multiline: true }),
};

export const createOrganizationInput = z.object({ id: id.nullish(), ...fields }) satisfies z.ZodType<
  Omit<CreateOrganizationInput, 'kind'> & { kind: OrganizationKind }
>;

export const updateOrganizationInput = z.object({
  id,
  version,
  name: fields.name.optional(),
  acronym: fields.acronym,
  kind: fields.kind.optional(),
  country: countryCode.optional(),
  province: fields.province,
  city: fields.city,
  contactPerson: fields.contactPerson,
  email,
  phone: fields.phone,
  notes: fields.notes,
}) satisfies z.ZodType<UpdateOrganizationInput>;

export type CreateOrganization = z.output<typeof createOrganizationInput>;
export type UpdateOrganization = z.output<typeof updateOrganizationInput>;
