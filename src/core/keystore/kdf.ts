/**
 * Key-derivation functions used by the btcli formats, behind an injectable interface so the
 * background can run the 512 MiB Argon2i in an offscreen document or worker and pass the result back.
 */
import { argon2i } from 'hash-wasm';
import { bufferSource, subtle } from './bytes.ts';

export interface Argon2iParams {
  iterations: number;
  memoryKiB: number;
  parallelism: number;
  hashLength: number;
}

export interface KdfProvider {
  /** Argon2i v1.3 (libsodium `crypto_pwhash` ALG_ARGON2I13). */
  argon2i(password: Uint8Array, salt: Uint8Array, params: Argon2iParams): Promise<Uint8Array>;
  /** PBKDF2-HMAC-SHA256. */
  pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, byteLength: number): Promise<Uint8Array>;
}

export async function argon2iHashWasm(password: Uint8Array, salt: Uint8Array, p: Argon2iParams): Promise<Uint8Array> {
  return argon2i({
    password,
    salt,
    iterations: p.iterations,
    memorySize: p.memoryKiB,
    parallelism: p.parallelism,
    hashLength: p.hashLength,
    outputType: 'binary',
  });
}

export async function pbkdf2Sha256WebCrypto(
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  byteLength: number,
): Promise<Uint8Array> {
  const s = subtle();
  const base = await s.importKey('raw', bufferSource(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await s.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: bufferSource(salt), iterations },
    base,
    byteLength * 8,
  );
  return new Uint8Array(bits);
}

export const defaultKdfProvider: KdfProvider = {
  argon2i: argon2iHashWasm,
  pbkdf2Sha256: pbkdf2Sha256WebCrypto,
};

/** Coarse progress: 0 at start, ~0.9 when the slow KDF finishes, 1 when done. */
export type ProgressFn = (fraction: number) => void;

export interface KdfOptions {
  kdf?: Partial<KdfProvider>;
  onProgress?: ProgressFn;
}

export function resolveKdf(options?: KdfOptions): KdfProvider {
  return { ...defaultKdfProvider, ...options?.kdf };
}
