import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Where the case registry's keys live. Two keys, never the same: the master key that wraps each
 * case's data key (envelope encryption), and the HMAC key of the duplicate guards, so knowing one
 * gives nothing of the other.
 *
 * - In AWS: a KMS symmetric key (`IDENTITY_KEY_ARN`) wraps and unwraps data keys (GenerateDataKey,
 *   Decrypt, with the case id as encryption context) and a KMS HMAC key (`IDENTITY_HMAC_KEY_ARN`)
 *   computes the keyed hashes (GenerateMac): neither key ever leaves KMS. The SDK is imported on
 *   the first case operation that needs it, never at the handler's start-up.
 * - Locally and in tests: key files under `.ruta/keys/` (or `RUTA_KEY_DIR`), created on first use
 *   with mode 0600 and git-ignored with the rest of `.ruta/`.
 *
 * Keys rotate: a wrapped data key names the master key that wrapped it (`keyId`), so values written
 * under an old key still decrypt as long as that key is kept (KMS keeps old key material itself;
 * locally `keys.json` keeps every key and `current` names the one new values use).
 */
export interface KeyProvider {
  /** A fresh 256-bit data key, in clear (to encrypt now) and wrapped (to store). */
  newDataKey(context: string): Promise<{ keyId: string; plaintext: Buffer; wrapped: string }>;
  /** The data key of a stored value, unwrapped with the master key it names. */
  unwrap(keyId: string, wrapped: string, context: string): Promise<Buffer>;
  /** HMAC-SHA256 with the separate duplicate-guard key, hex. */
  mac(data: string): Promise<string>;
}

interface LocalKeyFile {
  current: string;
  keys: Record<string, string>;
}

const WRAP_ALG = 'aes-256-gcm';

/** Reads a key file, creating it (0600, exclusive) when absent; a racing creator's file wins. */
function readOrCreate<T>(path: string, create: () => T): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const value = create();
  try {
    writeFileSync(path, JSON.stringify(value, null, 2), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
    return value;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  }
}

/** `RUTA_KEY_DIR`, else `keys/` in the local data folder (`RUTA_DATA_DIR`, default `.ruta/`). */
export const defaultKeyDir = () =>
  resolve(process.env.RUTA_KEY_DIR ?? join(process.env.RUTA_DATA_DIR ?? join(process.cwd(), '.ruta'), 'keys'));

/** Local keys: a master-key file (every key kept, `current` used for new values) and an HMAC key file. */
export function localKeyProvider(dir = defaultKeyDir()): KeyProvider & { rotate(): string } {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const masterPath = join(dir, 'case-master-keys.json');
  const macPath = join(dir, 'case-hmac-key.json');
  const newKey = (): LocalKeyFile => {
    const id = `local-${randomBytes(6).toString('hex')}`;
    return { current: id, keys: { [id]: randomBytes(32).toString('base64') } };
  };
  const master = () => readOrCreate(masterPath, newKey);
  master(); // both files exist from the first use on
  const macKey = Buffer.from(readOrCreate(macPath, () => ({ key: randomBytes(32).toString('base64') })).key, 'base64');
  const keyOf = (id: string) => {
    const k = master().keys[id];
    if (!k) throw new Error(`Case master key ${id} is not available`);
    return Buffer.from(k, 'base64');
  };
  return {
    async newDataKey(context) {
      const file = master();
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv(WRAP_ALG, keyOf(file.current), iv);
      cipher.setAAD(Buffer.from(context));
      const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const wrapped = [iv, ct, cipher.getAuthTag()].map((b) => b.toString('base64')).join('.');
      return { keyId: file.current, plaintext, wrapped };
    },
    async unwrap(keyId, wrapped, context) {
      const [iv, ct, tag] = wrapped.split('.').map((p) => Buffer.from(p, 'base64'));
      const decipher = createDecipheriv(WRAP_ALG, keyOf(keyId), iv!);
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(tag!);
      return Buffer.concat([decipher.update(ct!), decipher.final()]);
    },
    async mac(data) {
      return createHmac('sha256', macKey).update(data).digest('hex');
    },
    /** Adds a new master key and makes it current; older keys stay for what they wrapped. */
    rotate() {
      const file = master();
      const next = newKey();
      const rotated: LocalKeyFile = { current: next.current, keys: { ...file.keys, ...next.keys } };
      writeFileSync(masterPath, JSON.stringify(rotated, null, 2), { mode: 0o600 });
      return next.current;
    },
  };
}

/** KMS keys (AWS): the SDK is loaded here, on the first case operation that encrypts or hashes. */
export function kmsKeyProvider(keyId: string, macKeyId: string): KeyProvider {
  const client = (async () => {
    const kms = await import('@aws-sdk/client-kms');
    return { kms, client: new kms.KMSClient({}) };
  })();
  return {
    async newDataKey(context) {
      const { kms, client: c } = await client;
      const out = await c.send(new kms.GenerateDataKeyCommand({ KeyId: keyId, KeySpec: 'AES_256', EncryptionContext: { case: context } }));
      return {
        keyId: out.KeyId ?? keyId,
        plaintext: Buffer.from(out.Plaintext!),
        wrapped: Buffer.from(out.CiphertextBlob!).toString('base64'),
      };
    },
    async unwrap(storedKeyId, wrapped, context) {
      const { kms, client: c } = await client;
      const out = await c.send(
        new kms.DecryptCommand({
          KeyId: storedKeyId,
          CiphertextBlob: Buffer.from(wrapped, 'base64'),
          EncryptionContext: { case: context },
        }),
      );
      return Buffer.from(out.Plaintext!);
    },
    async mac(data) {
      const { kms, client: c } = await client;
      const out = await c.send(new kms.GenerateMacCommand({ KeyId: macKeyId, MacAlgorithm: 'HMAC_SHA_256', Message: Buffer.from(data) }));
      return Buffer.from(out.Mac!).toString('hex');
    },
  };
}

let provider: KeyProvider | undefined;

/** The process's key provider: KMS when the API stack configured keys, local files otherwise. */
export function keyProvider(): KeyProvider {
  if (!provider) {
    const kmsKey = process.env.IDENTITY_KEY_ARN;
    const macKey = process.env.IDENTITY_HMAC_KEY_ARN;
    provider = kmsKey && macKey ? kmsKeyProvider(kmsKey, macKey) : localKeyProvider();
  }
  return provider;
}

/** Tests and tools point the process at other keys. */
export function useKeyProvider(p: KeyProvider | undefined): void {
  provider = p;
}
