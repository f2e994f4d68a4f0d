/**
 * Legacy btcli Fernet coldkeys (`gAAAAA…`, facts §7.2): key = PBKDF2-HMAC-SHA256(password,
 * fixed ASCII salt, 10 000 000 iterations, 32 bytes). Token = 0x80 ‖ timestamp(8) ‖ IV(16) ‖
 * AES-128-CBC ciphertext ‖ HMAC-SHA256(first key half, everything before). Verify, then decrypt.
 * One HMAC covers everything: wrong password and tampering are indistinguishable.
 */
import { bufferSource, subtle, utf8Encode, wipe } from './bytes.ts';
import { base64UrlDecode } from './base64url.ts';
import { KeystoreError, WRONG_PASSWORD_OR_TAMPERED } from './errors.ts';
import { resolveKdf, type KdfOptions } from './kdf.ts';

export const FERNET_PREFIX = 'gAAAAA';
export const FERNET_SALT = utf8Encode('Iguesscyborgslikemyselfhaveatendencytobeparanoidaboutourorigins');
export const FERNET_ITERATIONS = 10_000_000;
const HEADER = 1 + 8 + 16;
const MAC = 32;

export async function deriveFernetKey(password: string, options?: KdfOptions): Promise<Uint8Array> {
  const pw = utf8Encode(password);
  try {
    return await resolveKdf(options).pbkdf2Sha256(pw, FERNET_SALT, FERNET_ITERATIONS, 32);
  } finally {
    wipe(pw);
  }
}

/** Decrypt a Fernet token with a raw 32-byte Fernet key (signing half ‖ encryption half). */
export async function fernetDecryptToken(token: string, key: Uint8Array): Promise<Uint8Array> {
  const raw = base64UrlDecode(token);
  if (!raw || raw.length < HEADER + 16 + MAC || (raw.length - HEADER - MAC) % 16 !== 0 || raw[0] !== 0x80) {
    throw new KeystoreError('malformed', 'The Fernet key file is damaged: it is not a well-formed Fernet token.');
  }
  const s = subtle();
  const signed = raw.subarray(0, raw.length - MAC);
  const mac = raw.subarray(raw.length - MAC);
  const signKey = key.slice(0, 16);
  const encKey = key.slice(16, 32);
  try {
    const hmacKey = await s.importKey('raw', bufferSource(signKey), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'verify',
    ]);
    if (!(await s.verify('HMAC', hmacKey, bufferSource(mac), bufferSource(signed)))) {
      throw new KeystoreError('wrong-password', WRONG_PASSWORD_OR_TAMPERED);
    }
    const aesKey = await s.importKey('raw', bufferSource(encKey), 'AES-CBC', false, ['decrypt']);
    const iv = raw.slice(9, HEADER);
    const ct = bufferSource(raw.subarray(HEADER, raw.length - MAC));
    const plain = await s.decrypt({ name: 'AES-CBC', iv }, aesKey, ct).catch((e: unknown) => {
      throw new KeystoreError('malformed', 'The Fernet key file decrypted to invalid padding.', { cause: e });
    });
    return new Uint8Array(plain);
  } finally {
    wipe(signKey, encKey);
  }
}

export async function fernetDecryptFile(file: Uint8Array, password: string, options?: KdfOptions): Promise<Uint8Array> {
  const token = new TextDecoder().decode(file).trim();
  if (!token.startsWith(FERNET_PREFIX)) throw new KeystoreError('unsupported-format', 'Not a Fernet key file.');
  if (!base64UrlDecode(token))
    throw new KeystoreError('malformed', 'The Fernet key file is damaged: it is not valid base64.');
  options?.onProgress?.(0);
  const key = await deriveFernetKey(password, options);
  try {
    options?.onProgress?.(0.9);
    return await fernetDecryptToken(token, key);
  } finally {
    wipe(key);
  }
}
