import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { identityHashes, openIdentity, sealIdentity } from '#modules/case/crypto/envelope';
import { localKeyProvider } from '#modules/case/crypto/keys';

const identity = {
  fullName: 'Persona Prueba Cifrado',
  otherNames: ['La Flaca'],
  dateOfBirth: '1991-04-02',
  documentType: 'NATIONAL_ID',
  documentNumber: '0912345678',
  contacts: ['+593 99 000 0000'],
  address: 'Calle Falsa 123, Machala',
  familyContacts: ['Madre: +593 98 000 0000'],
};

const freshKeys = () => localKeyProvider(mkdtempSync(join(tmpdir(), 'ruta-keys-')));

describe('identity envelope encryption', () => {
  it('round-trips every field, stores { keyId, alg, iv, ct, tag } per value and no clear text', async () => {
    const keys = freshKeys();
    const sealed = await sealIdentity(keys, 'case-1', identity);
    expect(Object.keys(sealed.values).sort()).toEqual(Object.keys(identity).sort());
    for (const v of Object.values(sealed.values)) {
      expect(Object.keys(v).sort()).toEqual(['alg', 'ct', 'iv', 'keyId', 'tag']);
      expect(v.alg).toBe('AES-256-GCM');
      expect(v.keyId).toBe(sealed.dataKey.keyId);
    }
    const stored = JSON.stringify(sealed);
    for (const clear of ['Persona', 'Flaca', '1991-04-02', '0912345678', 'Machala', 'Madre']) expect(stored).not.toContain(clear);
    expect(await openIdentity(keys, 'case-1', sealed)).toEqual(identity);
  });

  it('uses a fresh IV per value: the same identity sealed twice differs', async () => {
    const keys = freshKeys();
    const a = await sealIdentity(keys, 'case-1', identity);
    const b = await sealIdentity(keys, 'case-1', identity);
    expect(a.values.fullName!.ct).not.toBe(b.values.fullName!.ct);
    expect(a.values.fullName!.iv).not.toBe(b.values.fullName!.iv);
  });

  it('detects tampering: a changed ciphertext, tag, or a value moved to another case or field fails', async () => {
    const keys = freshKeys();
    const sealed = await sealIdentity(keys, 'case-1', identity);
    const flip = (b64: string) => {
      const buf = Buffer.from(b64, 'base64');
      buf[0] = buf[0]! ^ 1;
      return buf.toString('base64');
    };
    const tampered = structuredClone(sealed);
    tampered.values.fullName!.ct = flip(tampered.values.fullName!.ct);
    await expect(openIdentity(keys, 'case-1', tampered)).rejects.toThrow();
    const badTag = structuredClone(sealed);
    badTag.values.address!.tag = flip(badTag.values.address!.tag);
    await expect(openIdentity(keys, 'case-1', badTag)).rejects.toThrow();
    const swapped = structuredClone(sealed);
    swapped.values.fullName = sealed.values.address!;
    await expect(openIdentity(keys, 'case-1', swapped)).rejects.toThrow();
    // The data key is bound to its case: another case's id cannot unwrap it.
    await expect(openIdentity(keys, 'case-2', sealed)).rejects.toThrow();
  });

  it('keeps decrypting values written under an old key after rotation; new values use the new key', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-keys-'));
    const keys = localKeyProvider(dir);
    const old = await sealIdentity(keys, 'case-1', identity);
    const newId = keys.rotate();
    expect(newId).not.toBe(old.dataKey.keyId);
    const fresh = await sealIdentity(keys, 'case-2', identity);
    expect(fresh.dataKey.keyId).toBe(newId);
    expect(fresh.values.fullName!.keyId).toBe(newId);
    // A new process reading the same key files decrypts both.
    const reopened = localKeyProvider(dir);
    expect(await openIdentity(reopened, 'case-1', old)).toEqual(identity);
    expect(await openIdentity(reopened, 'case-2', fresh)).toEqual(identity);
  });

  it('creates the key files on first use, readable by the owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ruta-keys-'));
    localKeyProvider(dir);
    for (const f of ['case-master-keys.json', 'case-hmac-key.json']) {
      expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
      expect(readFileSync(join(dir, f), 'utf8')).toMatch(/key/);
    }
  });

  it('finds duplicates by keyed hashes: accents, case, spacing and word order ignored; another key gives other hashes', async () => {
    const keys = freshKeys();
    const a = await identityHashes(keys, { fullName: 'María José Pérez', dateOfBirth: '2001-02-03' });
    const b = await identityHashes(keys, { fullName: '  perez  MARIA jose ', dateOfBirth: '2001-02-03' });
    const c = await identityHashes(keys, { fullName: 'María José Pérez', dateOfBirth: '2001-02-04' });
    expect(a).toEqual(b);
    expect(a[0]!.hash).not.toBe(c[0]!.hash);
    const doc1 = await identityHashes(keys, { fullName: 'x', documentType: 'PASSPORT', documentNumber: 'ab-123 456' });
    const doc2 = await identityHashes(keys, { fullName: 'y', documentType: 'PASSPORT', documentNumber: 'AB123456' });
    expect(doc1).toEqual(doc2);
    expect(doc1[0]!.kind).toBe('DOCUMENT');
    // Without the key the hash cannot be recomputed: another deployment's key gives another value.
    expect((await identityHashes(freshKeys(), { fullName: 'María José Pérez', dateOfBirth: '2001-02-03' }))[0]!.hash).not.toBe(a[0]!.hash);
    // A name alone (no date of birth, no document) is no guard: too many people share one.
    expect(await identityHashes(keys, { fullName: 'María José Pérez' })).toEqual([]);
  });
});
