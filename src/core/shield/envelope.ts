// MEV Shield's ciphertext (opentensor/subtensor `pallets/shield`, `submit_encrypted`'s docs and `unshield`):
//   key_hash(16) ‖ kem_len(2, LE) ‖ kem_ct ‖ nonce(24) ‖ aead_ct
// key_hash is twox_128 of the ML-KEM-768 encapsulation key the block author announced (`MevShield.NextKey`);
// kem_ct the ML-KEM-768 encapsulation to it; aead_ct the signed extrinsic's bytes under XChaCha20-Poly1305 keyed by
// the shared secret, with the 24-byte nonce and no associated data. The author decapsulates and decrypts in WASM.
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ml_kem768 } from '@noble/post-quantum/ml-kem.js';
import { xxhashAsU8a } from '@polkadot/util-crypto';

/** `MLKEM768_ENC_KEY_LEN`: the length of an announced encapsulation key. */
export const SHIELD_KEY_LEN = 1184;
/** `submit_encrypted(ciphertext: BoundedVec<u8, ConstU32<8192>>)`. */
export const MAX_CIPHERTEXT = 8192;
const KEY_HASH_LEN = 16;
const NONCE_LEN = 24;

export interface ShieldedParts {
  keyHash: Uint8Array;
  kemCt: Uint8Array;
  nonce: Uint8Array;
  aeadCt: Uint8Array;
}

/** twox_128 of the key (xxhash64 seeds 0 and 1, little-endian, concatenated): the key_hash the author matches. */
export const shieldKeyHash = (key: Uint8Array): Uint8Array => xxhashAsU8a(key, 128);

export interface EncryptRandomness {
  /** 32 bytes of ML-KEM encapsulation randomness. */
  kem: Uint8Array;
  /** 24 bytes of XChaCha20 nonce. */
  nonce: Uint8Array;
}

const fresh = (): EncryptRandomness => ({
  kem: crypto.getRandomValues(new Uint8Array(32)),
  nonce: crypto.getRandomValues(new Uint8Array(NONCE_LEN)),
});

/**
 * Encrypts `plaintext` (a signed extrinsic's bytes) to the announced key. Throws on a key of the wrong length or a
 * result over the pallet's 8192-byte bound (the caller then falls back to plain submission). `random` only for
 * tests: fresh randomness is drawn from the platform's CSPRNG otherwise.
 */
export function shieldEncrypt(key: Uint8Array, plaintext: Uint8Array, random: EncryptRandomness = fresh()): Uint8Array {
  if (key.length !== SHIELD_KEY_LEN)
    throw new Error(`MEV Shield key of ${key.length} bytes, ${SHIELD_KEY_LEN} expected`);
  if (random.kem.length !== 32 || random.nonce.length !== NONCE_LEN) throw new Error('bad randomness length');
  const { cipherText: kemCt, sharedSecret } = ml_kem768.encapsulate(key, random.kem);
  const aeadCt = xchacha20poly1305(sharedSecret, random.nonce).encrypt(plaintext);
  sharedSecret.fill(0);
  const out = new Uint8Array(KEY_HASH_LEN + 2 + kemCt.length + NONCE_LEN + aeadCt.length);
  if (out.length > MAX_CIPHERTEXT)
    throw new Error(`MEV Shield ciphertext of ${out.length} bytes, at most ${MAX_CIPHERTEXT}`);
  let at = 0;
  const put = (b: Uint8Array): void => {
    out.set(b, at);
    at += b.length;
  };
  put(shieldKeyHash(key));
  put(new Uint8Array([kemCt.length & 0xff, kemCt.length >> 8]));
  put(kemCt);
  put(random.nonce);
  put(aeadCt);
  return out;
}

/** `ShieldedTransaction::parse`: the four parts, or null where the layout does not hold. */
export function parseShielded(ct: Uint8Array): ShieldedParts | null {
  if (ct.length < KEY_HASH_LEN + 2) return null;
  const kemLen = (ct[KEY_HASH_LEN] ?? 0) | ((ct[KEY_HASH_LEN + 1] ?? 0) << 8);
  const kemStart = KEY_HASH_LEN + 2;
  const nonceStart = kemStart + kemLen;
  const aeadStart = nonceStart + NONCE_LEN;
  if (ct.length < aeadStart) return null;
  return {
    keyHash: ct.slice(0, KEY_HASH_LEN),
    kemCt: ct.slice(kemStart, nonceStart),
    nonce: ct.slice(nonceStart, aeadStart),
    aeadCt: ct.slice(aeadStart),
  };
}
