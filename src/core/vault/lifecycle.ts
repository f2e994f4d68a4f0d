/** Create, unlock (with migration), and change the password of a vault. */
import { b64 } from './encoding.ts';
import { anyEnvelopeSchema, type VaultEnvelope, type VaultEnvelopeV1 } from './envelope.ts';
import { VaultError } from './errors.ts';
import { newKdfSpec } from './kdf.ts';
import { deriveVaultKey, wipeVaultKey, type VaultKdfOptions, type VaultKey } from './key.ts';
import { aesKey, openVault, parsePlaintext, sealVault } from './seal.ts';
import type { VaultPlaintext } from './schema.ts';

export interface UnlockResult {
  key: VaultKey;
  plaintext: VaultPlaintext;
  /** the current-format envelope; differs from the input when `migrated` */
  envelope: VaultEnvelope;
  /** true when the input was an older version: the caller must persist `envelope` (atomically) */
  migrated: boolean;
}

export async function createVault(
  password: string,
  plaintext: VaultPlaintext,
  options?: VaultKdfOptions,
): Promise<{ key: VaultKey; envelope: VaultEnvelope }> {
  const key = await deriveVaultKey(password, newKdfSpec(), options);
  return { key, envelope: await sealVault(key, plaintext) };
}

/** v1: scrypt N=2^14, AES-GCM without AAD or verifier (wrong password and tampering look alike). */
async function openV1(env: VaultEnvelopeV1, password: string, options?: VaultKdfOptions): Promise<VaultPlaintext> {
  const key = await deriveVaultKey(password, env.kdf, options);
  let plain: Uint8Array | undefined;
  try {
    const iv = b64.decode(env.cipher.iv) as Uint8Array<ArrayBuffer>;
    const ct = b64.decode(env.ciphertext) as Uint8Array<ArrayBuffer>;
    try {
      plain = new Uint8Array(
        await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, await aesKey(key.bytes, ['decrypt']), ct),
      );
    } catch (e) {
      throw new VaultError('wrong-password', 'The password is wrong (or the old-format vault is damaged).', {
        cause: e,
      });
    }
    return parsePlaintext(plain);
  } finally {
    plain?.fill(0);
    wipeVaultKey(key);
  }
}

/**
 * Bring any supported envelope to the current version. v1 → v2: decrypt with the v1 KDF, re-seal
 * with a fresh Argon2id salt and IV. A current envelope is opened and returned unchanged.
 */
export async function migrateVault(
  envelope: unknown,
  password: string,
  options?: VaultKdfOptions,
): Promise<UnlockResult> {
  const parsed = anyEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) {
    const v = (envelope as { version?: unknown } | null)?.version;
    if (typeof v === 'number' && v > 2)
      throw new VaultError('unsupported-version', `This vault was written by a newer TaoVault (format ${v}).`);
    throw new VaultError('malformed', 'The stored vault is not a valid vault envelope.');
  }
  const env = parsed.data;
  if (env.version === 2) {
    const key = await deriveVaultKey(password, env.kdf, options);
    try {
      return { key, plaintext: await openVault(key, env), envelope: env, migrated: false };
    } catch (e) {
      wipeVaultKey(key);
      throw e;
    }
  }
  const plaintext = await openV1(env, password, options);
  const { key, envelope: upgraded } = await createVault(password, plaintext, options);
  return { key, plaintext, envelope: upgraded, migrated: true };
}

/** Unlock with the password (migrating older formats). Alias of migrateVault for readability. */
export const unlockVault = migrateVault;

/** Re-encrypt everything under a new password (new salt, new key) in one envelope. */
export async function changeVaultPassword(
  currentKey: VaultKey,
  envelope: unknown,
  newPassword: string,
  options?: VaultKdfOptions,
): Promise<{ key: VaultKey; envelope: VaultEnvelope }> {
  const plaintext = await openVault(currentKey, envelope);
  return createVault(newPassword, plaintext, options);
}
