/**
 * The vault key: 32 raw bytes derived from the password, bound to the KDF spec (salt) it came from.
 * The background keeps only this (serialized) in chrome.storage.session, never the password.
 */
import { z } from 'zod';
import { b64 } from './encoding.ts';
import { defaultVaultKdf, kdfSpecSchema, VAULT_KEY_BYTES, type KdfSpec, type VaultKdfFn } from './kdf.ts';
import { VaultError } from './errors.ts';

export interface VaultKey {
  readonly bytes: Uint8Array;
  readonly kdf: KdfSpec;
}

export const serializedVaultKeySchema = z.object({ kdf: kdfSpecSchema, key: z.string() });
export type SerializedVaultKey = z.infer<typeof serializedVaultKeySchema>;

export interface VaultKdfOptions {
  kdf?: VaultKdfFn;
}

export async function deriveVaultKey(password: string, kdf: KdfSpec, options?: VaultKdfOptions): Promise<VaultKey> {
  const pw = new TextEncoder().encode(password.normalize('NFKC'));
  try {
    const bytes = await (options?.kdf ?? defaultVaultKdf)(pw, kdf);
    if (bytes.length !== VAULT_KEY_BYTES) throw new Error(`vault KDF returned ${bytes.length} bytes`);
    return { bytes, kdf };
  } finally {
    pw.fill(0);
  }
}

/** For chrome.storage.session. */
export function exportVaultKey(key: VaultKey): SerializedVaultKey {
  return { kdf: key.kdf, key: b64.encode(key.bytes) };
}

export function importVaultKey(serialized: unknown): VaultKey {
  const parsed = serializedVaultKeySchema.safeParse(serialized);
  if (!parsed.success)
    throw new VaultError('malformed', 'The stored session key is not valid; unlock with the password.');
  const bytes = b64.decode(parsed.data.key);
  if (bytes.length !== VAULT_KEY_BYTES) throw new VaultError('malformed', 'The stored session key has a wrong length.');
  return { bytes, kdf: parsed.data.kdf };
}

export function wipeVaultKey(key: VaultKey): void {
  key.bytes.fill(0);
}
