import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { foldText } from '@ruta/schema/search';
import type { KeyProvider } from '#modules/case/crypto/keys';

/** One encrypted value as stored: enough to decrypt it after the keys have rotated. */
export interface SealedValue {
  /** The master key that wrapped this item's data key. */
  keyId: string;
  alg: 'AES-256-GCM';
  iv: string;
  ct: string;
  tag: string;
}

/** The identity item's encrypted content: a wrapped data key and one sealed value per field. */
export interface SealedIdentity {
  dataKey: { keyId: string; wrapped: string };
  values: Record<string, SealedValue>;
}

export const IDENTITY_FIELDS = [
  'fullName',
  'otherNames',
  'dateOfBirth',
  'documentType',
  'documentNumber',
  'contacts',
  'address',
  'familyContacts',
] as const;
export type IdentityField = (typeof IDENTITY_FIELDS)[number];
export type PlainIdentity = Partial<Record<IdentityField, unknown>>;

/** Binds a value to its case and field, so a ciphertext moved to another case or field fails. */
const aad = (caseId: string, field: string) => Buffer.from(`case:${caseId}:${field}`);

/**
 * Encrypts each identity field on its own (AES-256-GCM, a fresh IV per value) under a data key made
 * for this case and wrapped by the master key. Absent fields are not stored at all.
 */
export async function sealIdentity(keys: KeyProvider, caseId: string, identity: PlainIdentity): Promise<SealedIdentity> {
  const { keyId, plaintext, wrapped } = await keys.newDataKey(caseId);
  const values: Record<string, SealedValue> = {};
  for (const field of IDENTITY_FIELDS) {
    const value = identity[field];
    if (value === null || value === undefined || (Array.isArray(value) && !value.length)) continue;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', plaintext, iv);
    cipher.setAAD(aad(caseId, field));
    const ct = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
    values[field] = {
      keyId,
      alg: 'AES-256-GCM',
      iv: iv.toString('base64'),
      ct: ct.toString('base64'),
      tag: cipher.getAuthTag().toString('base64'),
    };
  }
  plaintext.fill(0);
  return { dataKey: { keyId, wrapped }, values };
}

/** Decrypts every stored field; a changed ciphertext, tag or IV fails (GCM authentication). */
export async function openIdentity(keys: KeyProvider, caseId: string, sealed: SealedIdentity): Promise<PlainIdentity> {
  const dataKey = await keys.unwrap(sealed.dataKey.keyId, sealed.dataKey.wrapped, caseId);
  try {
    const out: PlainIdentity = {};
    for (const [field, v] of Object.entries(sealed.values)) {
      if (v.alg !== 'AES-256-GCM') throw new Error(`Unknown algorithm ${v.alg}`);
      const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(v.iv, 'base64'));
      decipher.setAAD(aad(caseId, field));
      decipher.setAuthTag(Buffer.from(v.tag, 'base64'));
      const clear = Buffer.concat([decipher.update(Buffer.from(v.ct, 'base64')), decipher.final()]).toString('utf8');
      out[field as IdentityField] = JSON.parse(clear);
    }
    return out;
  } finally {
    dataKey.fill(0);
  }
}

/** A name as compared for duplicates: accents, case, punctuation and word order ignored. */
export const normalisedName = (name: string) => foldText(name).split(/\s+/).filter(Boolean).sort().join(' ');

/** A document number as compared: letters and digits only, upper case. */
export const normalisedDocument = (n: string) => n.toUpperCase().replace(/[^A-Z0-9]/g, '');

export type GuardKind = 'NAME_AND_BIRTH' | 'DOCUMENT';

/**
 * The keyed hashes an identity is found by without decrypting: name + date of birth (only when the
 * date is known: a name alone matches too many people) and document type + number.
 */
export async function identityHashes(
  keys: KeyProvider,
  identity: { fullName?: string | null; dateOfBirth?: string | null; documentType?: string | null; documentNumber?: string | null },
): Promise<{ kind: GuardKind; hash: string }[]> {
  const out: { kind: GuardKind; hash: string }[] = [];
  if (identity.fullName && identity.dateOfBirth) {
    out.push({ kind: 'NAME_AND_BIRTH', hash: await keys.mac(`name:${normalisedName(identity.fullName)}|dob:${identity.dateOfBirth}`) });
  }
  const doc = identity.documentNumber ? normalisedDocument(identity.documentNumber) : '';
  if (doc) out.push({ kind: 'DOCUMENT', hash: await keys.mac(`doc:${identity.documentType ?? 'OTHER'}:${doc}`) });
  return out;
}
