// A real v1 (previous format) vault envelope, written independently of lifecycle.ts: scrypt N=2^14 r=8 p=1 →
// AES-256-GCM, no AAD. Used by the migration unit test and by tests/reliability (migration through the service).
import { scrypt } from 'hash-wasm';
import { b64 } from './encoding.ts';
import type { VaultEnvelopeV1 } from './envelope.ts';
import type { VaultPlaintext } from './schema.ts';

export async function makeV1(password: string, plaintext: VaultPlaintext): Promise<VaultEnvelopeV1> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const raw = await scrypt({
    password,
    salt,
    costFactor: 16384,
    blockSize: 8,
    parallelism: 1,
    hashLength: 32,
    outputType: 'binary',
  });
  const k = await crypto.subtle.importKey('raw', raw as Uint8Array<ArrayBuffer>, 'AES-GCM', false, ['encrypt']);
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    k,
    new TextEncoder().encode(JSON.stringify(plaintext)),
  );
  return {
    version: 1,
    kdf: { name: 'scrypt', params: { N: 16384, r: 8, p: 1 }, salt: b64.encode(salt) },
    cipher: { name: 'aes-256-gcm', iv: b64.encode(iv) },
    ciphertext: b64.encode(new Uint8Array(ct)),
  };
}
