/**
 * Mnemonics, secret URIs and keypairs (sr25519 default, ed25519 option) via @polkadot/keyring.
 *
 * Accepted import inputs:
 *   - BIP-39 mnemonic (12/15/18/21/24 English words, checksum validated) + optional path
 *     (`//0`, `//Alice/soft`, `/Alice`, and an optional `///password` suffix);
 *   - raw seed `0x` + 64 hex (+ optional path);
 *   - dev URI: a path alone (`//Alice`, `/Bob//test`) means the Substrate dev phrase + path.
 * KeyringPair objects hold secrets internally and cannot be wiped; keep them short-lived.
 */
import { Keyring } from '@polkadot/keyring';
import type { KeyringPair } from '@polkadot/keyring/types';
import { DEV_PHRASE } from '@polkadot/keyring';
import { isHex, hexToU8a, u8aToHex } from '@polkadot/util';
import { mnemonicGenerate, mnemonicValidate } from '@polkadot/util-crypto';
import englishWords from '@polkadot/util-crypto/mnemonic/wordlists/en';
import { KeystoreError } from './errors.ts';
import { GENERIC_SS58_PREFIX } from './address.ts';

export type KeyType = 'sr25519' | 'ed25519';
export type MnemonicLength = 12 | 24;

const PATH_RE = /^(\/\/?[^/]+)*(\/\/\/.+)?$/u;
const SEED_RE = /^0x[0-9a-fA-F]{64}$/;

export function generateMnemonic(words: MnemonicLength = 12): string {
  if (words !== 12 && words !== 24) throw new KeystoreError('malformed', 'A new mnemonic has 12 or 24 words.');
  return mnemonicGenerate(words);
}

/** Lower-case, single spaces, NFKD like BIP-39 expects. */
export function normalizeMnemonic(mnemonic: string): string {
  return mnemonic.normalize('NFKD').trim().toLowerCase().split(/\s+/u).join(' ');
}

export function isValidMnemonic(mnemonic: string): boolean {
  const m = normalizeMnemonic(mnemonic);
  return [12, 15, 18, 21, 24].includes(m.split(' ').length) && mnemonicValidate(m);
}

let wordSet: Set<string> | null = null;

/** The positions (from 0) of the words of a phrase that are not in the BIP-39 English list. */
export function unknownMnemonicWords(mnemonic: string): number[] {
  const known = (wordSet ??= new Set(englishWords));
  const words = mnemonic.normalize('NFKD').trim().toLowerCase().split(/\s+/u).filter(Boolean);
  return words.flatMap((w, i) => (known.has(w) ? [] : [i]));
}

export function isValidDerivationPath(path: string): boolean {
  return path === '' || PATH_RE.test(path);
}

export interface ParsedSecretUri {
  kind: 'mnemonic' | 'seed' | 'dev';
  /** set for 'mnemonic' and 'dev' (the dev phrase) */
  mnemonic?: string;
  /** `0x` hex, set for 'seed' */
  seedHex?: string;
  derivationPath: string;
}

/** Classify and validate a secret URI; throws KeystoreError('malformed') with a clear message. */
export function parseSecretUri(input: string): ParsedSecretUri {
  const uri = input.trim();
  if (uri.startsWith('/')) {
    if (!isValidDerivationPath(uri)) throw new KeystoreError('malformed', `"${uri}" is not a valid derivation path.`);
    return { kind: 'dev', mnemonic: DEV_PHRASE, derivationPath: uri };
  }
  const slash = uri.indexOf('/');
  const phrase = slash === -1 ? uri : uri.slice(0, slash);
  const derivationPath = slash === -1 ? '' : uri.slice(slash);
  if (!isValidDerivationPath(derivationPath)) {
    throw new KeystoreError(
      'malformed',
      `"${derivationPath}" is not a valid derivation path (use //hard or /soft parts).`,
    );
  }
  if (phrase.trim().startsWith('0x')) {
    if (!SEED_RE.test(phrase.trim()))
      throw new KeystoreError('malformed', 'A raw seed is 0x followed by 64 hex characters.');
    return { kind: 'seed', seedHex: phrase.trim().toLowerCase(), derivationPath };
  }
  const mnemonic = normalizeMnemonic(phrase);
  if (!isValidMnemonic(mnemonic)) {
    throw new KeystoreError(
      'malformed',
      'This is not a valid BIP-39 mnemonic: check the words, their order and the word count.',
    );
  }
  return { kind: 'mnemonic', mnemonic, derivationPath };
}

function keyring(type: KeyType): Keyring {
  return new Keyring({ type, ss58Format: GENERIC_SS58_PREFIX });
}

export function keypairFromMnemonic(mnemonic: string, derivationPath = '', type: KeyType = 'sr25519'): KeyringPair {
  const m = normalizeMnemonic(mnemonic);
  if (!isValidMnemonic(m)) throw new KeystoreError('malformed', 'This is not a valid BIP-39 mnemonic.');
  if (!isValidDerivationPath(derivationPath))
    throw new KeystoreError('malformed', `"${derivationPath}" is not a valid derivation path.`);
  return keyring(type).createFromUri(`${m}${derivationPath}`, {}, type);
}

export function keypairFromSeed(seed: Uint8Array, derivationPath = '', type: KeyType = 'sr25519'): KeyringPair {
  if (seed.length !== 32) throw new KeystoreError('malformed', 'A seed is exactly 32 bytes.');
  if (!isValidDerivationPath(derivationPath))
    throw new KeystoreError('malformed', `"${derivationPath}" is not a valid derivation path.`);
  return keyring(type).createFromUri(`${u8aToHex(seed)}${derivationPath}`, {}, type);
}

/** Any accepted secret URI → keypair. */
export function keypairFromUri(uri: string, type: KeyType = 'sr25519'): KeyringPair {
  const parsed = parseSecretUri(uri);
  if (parsed.kind === 'seed' && parsed.seedHex !== undefined && isHex(parsed.seedHex, 256)) {
    const seed = hexToU8a(parsed.seedHex);
    try {
      return keypairFromSeed(seed, parsed.derivationPath, type);
    } finally {
      seed.fill(0);
    }
  }
  return keypairFromMnemonic(parsed.mnemonic ?? '', parsed.derivationPath, type);
}
