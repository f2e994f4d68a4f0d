/**
 * Legacy btcli Ansible Vault 1.1 coldkeys (facts §7.2):
 *   "$ANSIBLE_VAULT;1.1;AES256\n" + hex( hex(salt) "\n" hex(hmac) "\n" hex(ciphertext) ), 80-col lines.
 *   PBKDF2-HMAC-SHA256(password, salt, 10 000, 80) → AES-256 key ‖ HMAC key ‖ CTR IV (16).
 *   HMAC-SHA256 over the ciphertext is verified first; AES-256-CTR; PKCS#7 padding.
 * A broken header/hex structure is 'malformed'; an HMAC failure is wrong password or tampering.
 */
import { bufferSource, subtle, utf8Encode, wipe } from './bytes.ts';
import { KeystoreError, WRONG_PASSWORD_OR_TAMPERED } from './errors.ts';
import { resolveKdf, type KdfOptions } from './kdf.ts';

export const ANSIBLE_PREFIX = '$ANSIBLE_VAULT';
export const ANSIBLE_ITERATIONS = 10_000;

function unhex(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

interface AnsibleParts {
  salt: Uint8Array;
  hmac: Uint8Array;
  ciphertext: Uint8Array;
}

function damaged(what: string): KeystoreError {
  return new KeystoreError('malformed', `The Ansible Vault key file is damaged: ${what}.`);
}

export function parseAnsibleVault(text: string): AnsibleParts {
  const lines = text.trim().split(/\r?\n/);
  const header = (lines.shift() ?? '').trim().split(';');
  if (header[0] !== ANSIBLE_PREFIX) throw new KeystoreError('unsupported-format', 'Not an Ansible Vault key file.');
  if (!['1.1', '1.2'].includes(header[1] ?? '') || header[2] !== 'AES256') {
    throw new KeystoreError(
      'unsupported-format',
      `Unsupported Ansible Vault header "${header.join(';')}" (need 1.1 AES256).`,
    );
  }
  const outer = unhex(lines.map((l) => l.trim()).join(''));
  if (!outer) throw damaged('the body is not hex');
  const inner = new TextDecoder().decode(outer).split('\n');
  if (inner.length !== 3) throw damaged('the body does not have salt, HMAC and ciphertext');
  const [salt, hmac, ciphertext] = inner.map(unhex);
  if (!salt || !hmac || !ciphertext || hmac.length !== 32 || ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
    throw damaged('salt, HMAC or ciphertext has a wrong length or is not hex');
  }
  return { salt, hmac, ciphertext };
}

function unpadPkcs7(data: Uint8Array): Uint8Array {
  const n = data[data.length - 1] ?? 0;
  if (n < 1 || n > 16 || n > data.length || data.subarray(data.length - n).some((b) => b !== n)) {
    throw new KeystoreError('malformed', 'The Ansible Vault key file decrypted to invalid padding.');
  }
  return data.slice(0, data.length - n);
}

export async function ansibleDecryptFile(
  file: Uint8Array,
  password: string,
  options?: KdfOptions,
): Promise<Uint8Array> {
  const parts = parseAnsibleVault(new TextDecoder().decode(file));
  options?.onProgress?.(0);
  const pw = utf8Encode(password);
  const keys = await resolveKdf(options).pbkdf2Sha256(pw, parts.salt, ANSIBLE_ITERATIONS, 80);
  wipe(pw);
  let padded: Uint8Array | undefined;
  try {
    options?.onProgress?.(0.5);
    const s = subtle();
    const hmacKey = await s.importKey(
      'raw',
      bufferSource(keys.subarray(32, 64)),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['verify'],
    );
    if (!(await s.verify('HMAC', hmacKey, bufferSource(parts.hmac), bufferSource(parts.ciphertext)))) {
      throw new KeystoreError('wrong-password', WRONG_PASSWORD_OR_TAMPERED);
    }
    const aesKey = await s.importKey('raw', bufferSource(keys.subarray(0, 32)), 'AES-CTR', false, ['decrypt']);
    const counter = keys.slice(64, 80);
    padded = new Uint8Array(
      await s.decrypt({ name: 'AES-CTR', counter, length: 128 }, aesKey, bufferSource(parts.ciphertext)),
    );
    return unpadPkcs7(padded);
  } finally {
    wipe(keys, padded);
  }
}
