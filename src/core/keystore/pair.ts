/**
 * Key material → signing pair. The single place that turns stored secrets back into a KeyringPair.
 *
 * secretKey forms (64 bytes):
 *   sr25519: polkadot-js form (scalar × 8 ‖ nonce), see sr25519-secret.ts;
 *   ed25519: seed ‖ public key (polkadot-js / tweetnacl form).
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { u8aToHex } from '@polkadot/util';
import { ed25519PairFromSeed } from '@polkadot/util-crypto';
import { bytesEqual, wipe } from './bytes.ts';
import { KeystoreError } from './errors.ts';
import { GENERIC_SS58_PREFIX } from './address.ts';
import { keypairFromMnemonic, keypairFromSeed, type KeyType } from './derive.ts';
import { sr25519PublicFromSecret } from './sr25519-secret.ts';

export interface KeyMaterial {
  type: KeyType;
  mnemonic?: string;
  derivationPath?: string;
  seed?: Uint8Array;
  secretKey?: Uint8Array;
}

/** Public key of a 64-byte secret key in the form above. */
export function publicFromSecretKey(type: KeyType, secretKey: Uint8Array): Uint8Array {
  if (secretKey.length !== 64)
    throw new KeystoreError('malformed', `A secret key is 64 bytes, got ${secretKey.length}.`);
  if (type === 'sr25519') return sr25519PublicFromSecret(secretKey);
  const seed = secretKey.slice(0, 32);
  try {
    return ed25519PairFromSeed(seed).publicKey;
  } finally {
    seed.fill(0);
  }
}

function fromSecretKey(type: KeyType, secretKey: Uint8Array, derivationPath: string): KeyringPair {
  if (derivationPath) throw new KeystoreError('malformed', 'A raw secret key cannot carry a derivation path.');
  if (type === 'ed25519') {
    const seed = secretKey.slice(0, 32);
    try {
      return keypairFromSeed(seed, '', type);
    } finally {
      wipe(seed);
    }
  }
  const publicKey = sr25519PublicFromSecret(secretKey);
  return new Keyring({ type, ss58Format: GENERIC_SS58_PREFIX }).createFromPair(
    { publicKey, secretKey: secretKey.slice() },
    {},
    type,
  );
}

/**
 * Build the signing pair. With `expectedPublicKey`, refuse (KeystoreError 'key-mismatch') when the
 * material does not produce that key.
 */
export function pairFromKeyMaterial(m: KeyMaterial, expectedPublicKey?: Uint8Array): KeyringPair {
  const path = m.derivationPath ?? '';
  let pair: KeyringPair;
  if (m.mnemonic) pair = keypairFromMnemonic(m.mnemonic, path, m.type);
  else if (m.seed) pair = keypairFromSeed(m.seed, path, m.type);
  else if (m.secretKey) pair = fromSecretKey(m.type, m.secretKey, path);
  else throw new KeystoreError('malformed', 'This account has no secret: it is watch-only.');
  if (expectedPublicKey && !bytesEqual(pair.publicKey, expectedPublicKey)) {
    throw new KeystoreError(
      'key-mismatch',
      `The secret gives public key ${u8aToHex(pair.publicKey)}, not the expected ${u8aToHex(expectedPublicKey)}. Nothing was imported.`,
    );
  }
  return pair;
}
