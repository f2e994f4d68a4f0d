// The wallet's encryption against an independent implementation of the pallet's decryption (`unshield` in
// opentensor/subtensor pallets/shield/src/lib.rs): ML-KEM-768 decapsulation by the `mlkem` package (not the noble
// code the wallet uses), XChaCha20-Poly1305 by libsodium, twox_128 from two xxhash64 (hash-wasm), and the wire layout
// read byte by byte as `ShieldedTransaction` and the pallet's extension tests lay it out.
import { xxhash64 } from 'hash-wasm';
import sodium from 'libsodium-wrappers-sumo';
import { MlKem768 } from 'mlkem';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_CIPHERTEXT, parseShielded, shieldEncrypt, shieldKeyHash } from './envelope.ts';
import { MAX_SHIELD_ERA_PERIOD, shieldEra, shieldEraAllowed } from './era.ts';

const le64 = (hex: string): Uint8Array => Uint8Array.from(hex.match(/../g) ?? [], (b) => parseInt(b, 16)).reverse();
async function twox128(data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array([...le64(await xxhash64(data, 0)), ...le64(await xxhash64(data, 1))]);
}

/** The author's side, written from `unshield` and the documented layout, with other libraries. */
async function authorDecrypts(sk: Uint8Array, ct: Uint8Array): Promise<{ keyHash: Uint8Array; plain: Uint8Array }> {
  const keyHash = ct.slice(0, 16);
  const kemLen = new DataView(ct.buffer, ct.byteOffset + 16, 2).getUint16(0, true);
  const kemCt = ct.slice(18, 18 + kemLen);
  const nonce = ct.slice(18 + kemLen, 18 + kemLen + 24);
  const aeadCt = ct.slice(18 + kemLen + 24);
  const shared = await new MlKem768().decap(kemCt, sk);
  const plain = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, aeadCt, null, nonce, shared);
  return { keyHash, plain };
}

let pk: Uint8Array;
let sk: Uint8Array;
beforeAll(async () => {
  await sodium.ready;
  [pk, sk] = await new MlKem768().generateKeyPair();
});

describe('MEV Shield envelope', () => {
  it('a signed extrinsic encrypted by the wallet is recovered by the author exactly, under the key hash it matches', async () => {
    const extrinsic = Uint8Array.from({ length: 181 }, (_, i) => (i * 31 + 7) & 0xff);
    const ct = shieldEncrypt(pk, extrinsic);
    expect(ct.length).toBe(16 + 2 + 1088 + 24 + extrinsic.length + 16);
    expect(new DataView(ct.buffer, 16, 2).getUint16(0, true)).toBe(1088);
    const { keyHash, plain } = await authorDecrypts(sk, ct);
    expect(Array.from(plain)).toEqual(Array.from(extrinsic));
    expect(Array.from(keyHash)).toEqual(Array.from(await twox128(pk)));
    expect(Array.from(shieldKeyHash(pk))).toEqual(Array.from(await twox128(pk)));
  });

  it('a fixed vector: the same key, randomness and plaintext give the same bytes, and the author opens them', async () => {
    const random = { kem: new Uint8Array(32).fill(42), nonce: new Uint8Array(24).fill(42) };
    const plaintext = new Uint8Array([4, 0, 1, 2, 3]);
    const a = shieldEncrypt(pk, plaintext, random);
    const b = shieldEncrypt(pk, plaintext, random);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(Array.from(a.slice(18 + 1088, 18 + 1088 + 24))).toEqual(Array.from(random.nonce));
    expect(Array.from((await authorDecrypts(sk, a)).plain)).toEqual(Array.from(plaintext));
  });

  it('fresh randomness every time: two encryptions of the same extrinsic differ', () => {
    const x = new Uint8Array([1, 2, 3]);
    expect(Buffer.from(shieldEncrypt(pk, x)).equals(Buffer.from(shieldEncrypt(pk, x)))).toBe(false);
  });

  it('a tampered ciphertext is refused by the author (the AEAD tag holds)', async () => {
    const ct = shieldEncrypt(pk, new Uint8Array([9, 9, 9]));
    ct.set([(ct.at(-1) ?? 0) ^ 1], ct.length - 1);
    await expect(authorDecrypts(sk, ct)).rejects.toThrow();
  });

  it('another author key cannot open it', async () => {
    const [, otherSk] = await new MlKem768().generateKeyPair();
    await expect(authorDecrypts(otherSk, shieldEncrypt(pk, new Uint8Array([1])))).rejects.toThrow();
  });

  it('refuses a key of the wrong length and a ciphertext over the pallet bound', () => {
    expect(() => shieldEncrypt(pk.slice(1), new Uint8Array([1]))).toThrow(/1184/);
    expect(() => shieldEncrypt(pk, new Uint8Array(MAX_CIPHERTEXT))).toThrow(/8192/);
  });

  it('parses the layout the pallet tests build (key_hash, kem_len LE, kem_ct, nonce, aead_ct) and refuses 5 bytes', () => {
    const wire = new Uint8Array([
      ...new Array(16).fill(0xab),
      4,
      0,
      0xaa,
      0xaa,
      0xaa,
      0xaa,
      ...new Array(24).fill(0xbb),
      ...new Array(16).fill(0xdd),
    ]);
    const p = parseShielded(wire);
    expect(p && Array.from(p.kemCt)).toEqual([0xaa, 0xaa, 0xaa, 0xaa]);
    expect(p?.nonce.every((b) => b === 0xbb)).toBe(true);
    expect(p?.aeadCt.length).toBe(16);
    expect(parseShielded(new Uint8Array(5))).toBeNull();
  });
});

describe('the wrapper era (CheckMortality for submit_encrypted)', () => {
  it('is mortal for at most 8 blocks, born at the best block’s parent', () => {
    expect(shieldEra(100)).toEqual({ current: 99, period: 8 });
    expect(shieldEra(100).period).toBeLessThanOrEqual(MAX_SHIELD_ERA_PERIOD);
  });
  it('immortal and periods over 8 are refused; 4 and 8 pass', () => {
    expect(shieldEraAllowed(null)).toBe(false);
    expect(shieldEraAllowed(16)).toBe(false);
    expect(shieldEraAllowed(64)).toBe(false);
    expect(shieldEraAllowed(8)).toBe(true);
    expect(shieldEraAllowed(4)).toBe(true);
  });
});
