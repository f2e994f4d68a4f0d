import { z } from 'zod';

/** How a sealed record sits in storage: AES-256-GCM ciphertext of the value's JSON, bound to its storage key. */
export const sealedRecordSchema = z
  .object({ sealed: z.literal(1), iv: z.string().min(1), data: z.string().min(1) })
  .strict();
export type SealedRecord = z.infer<typeof sealedRecordSchema>;

export function isSealedRecord(raw: unknown): raw is SealedRecord {
  return sealedRecordSchema.safeParse(raw).success;
}

/**
 * What a sealed store needs: the storage key while the wallet is unlocked (key() throws 'locked' otherwise), and
 * word when it locks (every decrypted copy in memory is dropped) or unlocks (clear records left by an older
 * version are sealed then).
 */
export interface Sealer {
  key(): Promise<CryptoKey>;
  onLock(listener: () => void): () => void;
  onUnlock(listener: () => void): () => void;
}

function b64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function unb64(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/** The associated data: a record sealed for one storage key does not open under another. */
function aad(storageKey: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`taovault-store:${storageKey}`);
}

export async function sealValue(key: CryptoKey, storageKey: string, value: unknown): Promise<SealedRecord> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  try {
    const data = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(storageKey) }, key, plain),
    );
    return { sealed: 1, iv: b64(iv), data: b64(data) };
  } finally {
    plain.fill(0);
  }
}

/** The value, or throws when the record was not sealed with this key for this storage key. */
export async function openValue(key: CryptoKey, storageKey: string, record: SealedRecord): Promise<unknown> {
  const plain = new Uint8Array(
    await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: unb64(record.iv), additionalData: aad(storageKey) },
      key,
      unb64(record.data),
    ),
  );
  try {
    return JSON.parse(new TextDecoder().decode(plain));
  } finally {
    plain.fill(0);
  }
}

/**
 * The storage key from a secret: HKDF-SHA-256 with its own label (domain-separated from every other use of the
 * secret), an AES-256-GCM key that cannot be exported.
 */
export async function deriveStorageKey(secret: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const ikm = await crypto.subtle.importKey('raw', secret, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(32),
      info: new TextEncoder().encode('TaoVault storage sealing key v1'),
    },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}
