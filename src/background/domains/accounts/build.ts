import { hexToU8a, u8aToHex } from '@polkadot/util';
import { publicKeyToAddress } from '../../../core/keystore/address.ts';
import type { BtcliImport } from '../../../core/keystore/btcli.ts';
import {
  isValidDerivationPath,
  isValidMnemonic,
  keypairFromMnemonic,
  keypairFromSeed,
  normalizeMnemonic,
  type KeyType,
} from '../../../core/keystore/derive.ts';
import type { PolkadotJsonAccount } from '../../../core/keystore/polkadot-json.ts';
import { canonicalToPolkadotSecret } from '../../../core/keystore/sr25519-secret.ts';
import type { VaultAccount } from '../../../core/vault/index.ts';
import { parseAddress } from '../../../core/address/index.ts';
import { invalid } from './errors.ts';

type NewAccount = Omit<VaultAccount, 'id' | 'createdAt' | 'name'>;

function checkPath(path: string | undefined): string {
  const p = path ?? '';
  if (!isValidDerivationPath(p)) throw invalid('path-invalid', 'That derivation path is not valid.');
  return p;
}

export function fromMnemonic(
  mnemonic: string,
  path: string | undefined,
  type: KeyType,
  source: 'created' | 'mnemonic' | 'derived',
): NewAccount {
  const phrase = normalizeMnemonic(mnemonic);
  if (!isValidMnemonic(phrase)) throw invalid('mnemonic-invalid', 'That recovery phrase is not valid.');
  const derivationPath = checkPath(path);
  const pair = keypairFromMnemonic(phrase, derivationPath, type);
  return {
    type,
    address: publicKeyToAddress(pair.publicKey),
    publicKey: u8aToHex(pair.publicKey),
    source,
    secret: { mnemonic: phrase, ...(derivationPath ? { derivationPath } : {}) },
  };
}

export function fromSeed(seedHex: string, path: string | undefined, type: KeyType): NewAccount {
  if (!/^0x[0-9a-fA-F]{64}$/.test(seedHex)) throw invalid('seed-invalid', 'A seed is 0x and 64 hex digits.');
  const derivationPath = checkPath(path);
  const seed = hexToU8a(seedHex);
  try {
    const pair = keypairFromSeed(seed, derivationPath, type);
    return {
      type,
      address: publicKeyToAddress(pair.publicKey),
      publicKey: u8aToHex(pair.publicKey),
      source: 'seed',
      secret: { seed: seedHex.toLowerCase(), ...(derivationPath ? { derivationPath } : {}) },
    };
  } finally {
    seed.fill(0);
  }
}

export function fromBtcli(key: BtcliImport): NewAccount {
  const base = { type: 'sr25519' as const, address: key.address, publicKey: u8aToHex(key.publicKey) };
  switch (key.kind) {
    case 'watch':
      return { ...base, source: 'watch' };
    case 'mnemonic':
      return { ...base, source: 'btcli', secret: { mnemonic: normalizeMnemonic(key.mnemonic) } };
    case 'seed':
      return { ...base, source: 'btcli', secret: { seed: u8aToHex(key.seed) } };
    case 'secretKey': {
      const pjs = canonicalToPolkadotSecret(key.secretKey);
      try {
        return { ...base, source: 'btcli', secret: { secretKey: u8aToHex(pjs) } };
      } finally {
        pjs.fill(0);
      }
    }
  }
}

export function fromPolkadotJson(a: PolkadotJsonAccount): NewAccount {
  return {
    type: a.type,
    address: a.address,
    publicKey: u8aToHex(a.publicKey),
    source: 'json',
    secret: { secretKey: u8aToHex(a.secretKey) },
  };
}

export function fromWatchAddress(address: string): NewAccount {
  const parsed = parseAddress(address);
  if (!parsed.ok) throw invalid('address-invalid', 'That is not a valid address.');
  return { type: 'sr25519', address: parsed.address, publicKey: parsed.publicKeyHex, source: 'watch' };
}
