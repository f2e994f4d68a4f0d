/**
 * sr25519 secret-key forms.
 *
 * - canonical: schnorrkel `SecretKey::to_bytes()` = scalar (32 bytes LE) ‖ nonce (32). This is what
 *   btcli writes as `privateKey` (facts §7.3).
 * - polkadot-js form: schnorrkel `to_ed25519_bytes()` = (scalar × 8) ‖ nonce. This is what
 *   `@polkadot/util-crypto` / `@polkadot/keyring` use as `secretKey`.
 * The conversions are the byte-level cofactor multiply/divide from schnorrkel.
 */
import { sr25519Agreement } from '@polkadot/util-crypto';
import { hexToU8a } from '@polkadot/util';

/** Ristretto255 base point, compressed. scalar·B is the public key. */
const RISTRETTO_BASEPOINT = hexToU8a('0xe2f2ae0a6abc4e71a884a961c500515f58e30b6aa582dd8db6a65945e08d2d76');

function assert64(secretKey: Uint8Array): void {
  if (secretKey.length !== 64) throw new Error(`Expected a 64-byte sr25519 secret key, got ${secretKey.length}`);
}

/** canonical → polkadot-js form (multiply the scalar by the cofactor 8). Returns a new array. */
export function canonicalToPolkadotSecret(canonical: Uint8Array): Uint8Array {
  assert64(canonical);
  const out = canonical.slice();
  let high = 0;
  for (let i = 0; i < 32; i++) {
    const b = out[i] ?? 0;
    out[i] = ((b << 3) & 0xff) + high;
    high = (b & 0b11100000) >> 5;
  }
  if (high !== 0) throw new Error('sr25519 scalar out of range');
  return out;
}

/** polkadot-js form → canonical (divide the scalar by the cofactor 8). Returns a new array. */
export function polkadotToCanonicalSecret(edForm: Uint8Array): Uint8Array {
  assert64(edForm);
  const out = edForm.slice();
  let low = 0;
  for (let i = 31; i >= 0; i--) {
    const b = out[i] ?? 0;
    out[i] = (b >> 3) + low;
    low = (b & 0b111) << 5;
  }
  return out;
}

/** Public key of a polkadot-js form sr25519 secret key (scalar·B via the agreement primitive). */
export function sr25519PublicFromSecret(edForm: Uint8Array): Uint8Array {
  assert64(edForm);
  return sr25519Agreement(edForm, RISTRETTO_BASEPOINT);
}
