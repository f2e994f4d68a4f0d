/**
 * btcli `$NACL` coldkey encryption (facts §7.2): Argon2i v1.3, t=8, m=512 MiB, p=1, fixed salt →
 * 32-byte key → XSalsa20-Poly1305 secretbox. File = "$NACL" ‖ nonce(24) ‖ tag(16) ‖ ciphertext.
 * Secretbox has one MAC, so a wrong password and a damaged body fail the same way.
 */
import { naclDecrypt, naclEncrypt } from '@polkadot/util-crypto';
import { concatBytes, startsWithAscii, utf8Encode, wipe } from './bytes.ts';
import { KeystoreError, WRONG_PASSWORD_OR_TAMPERED } from './errors.ts';
import { resolveKdf, type Argon2iParams, type KdfOptions } from './kdf.ts';

export const NACL_PREFIX = '$NACL';
export const NACL_SALT = new Uint8Array([
  0x13, 0x71, 0x83, 0xdf, 0xf1, 0x5a, 0x09, 0xbc, 0x9c, 0x90, 0xb5, 0x51, 0x87, 0x39, 0xe9, 0xb1,
]);
/** libsodium OPSLIMIT_SENSITIVE / MEMLIMIT_SENSITIVE for ALG_ARGON2I13. */
export const NACL_ARGON2I: Argon2iParams = { iterations: 8, memoryKiB: 524_288, parallelism: 1, hashLength: 32 };
const NONCE_BYTES = 24;
const MAC_BYTES = 16;

/** The 32-byte secretbox key for a password (the slow step, seconds). Caller wipes it. */
export async function deriveNaclKey(password: string, options?: KdfOptions): Promise<Uint8Array> {
  const pw = utf8Encode(password);
  try {
    return await resolveKdf(options).argon2i(pw, NACL_SALT, NACL_ARGON2I);
  } finally {
    wipe(pw);
  }
}

export async function naclDecryptFile(file: Uint8Array, password: string, options?: KdfOptions): Promise<Uint8Array> {
  if (!startsWithAscii(file, NACL_PREFIX)) throw new KeystoreError('unsupported-format', 'Not a $NACL key file.');
  const body = file.subarray(NACL_PREFIX.length);
  if (body.length < NONCE_BYTES + MAC_BYTES) {
    throw new KeystoreError('malformed', 'The $NACL key file is truncated: it is shorter than its nonce and tag.');
  }
  options?.onProgress?.(0);
  const key = await deriveNaclKey(password, options);
  try {
    options?.onProgress?.(0.9);
    const plain = naclDecrypt(body.subarray(NONCE_BYTES), body.subarray(0, NONCE_BYTES), key);
    if (!plain) throw new KeystoreError('wrong-password', WRONG_PASSWORD_OR_TAMPERED);
    return plain;
  } finally {
    wipe(key);
  }
}

export async function naclEncryptFile(
  plaintext: Uint8Array,
  password: string,
  options?: KdfOptions & { nonce?: Uint8Array },
): Promise<Uint8Array> {
  options?.onProgress?.(0);
  const key = await deriveNaclKey(password, options);
  try {
    options?.onProgress?.(0.9);
    const { encrypted, nonce } = options?.nonce
      ? naclEncrypt(plaintext, key, options.nonce)
      : naclEncrypt(plaintext, key);
    return concatBytes(utf8Encode(NACL_PREFIX), nonce, encrypted);
  } finally {
    wipe(key);
  }
}
