/** ss58 address helpers. TaoVault stores and shows addresses with the generic prefix 42. */
import { u8aToHex } from '@polkadot/util';
import { base58Decode, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { KeystoreError } from './errors.ts';
import { parseHexBytes } from './bytes.ts';

export const GENERIC_SS58_PREFIX = 42;

/** Public key of an ss58 address of any prefix (checksum verified) or of a `0x` 32-byte hex key. */
export function addressToPublicKey(addressOrHex: string): Uint8Array {
  const input = addressOrHex.trim();
  const hex = parseHexBytes(input, 32);
  if (hex) return hex;
  try {
    const pk = decodeAddress(input, false);
    if (pk.length !== 32) throw new Error(`expected a 32-byte account, got ${pk.length} bytes`);
    return pk;
  } catch (e) {
    throw new KeystoreError('malformed', `"${input}" is not a valid ss58 address (${(e as Error).message}).`, {
      cause: e,
    });
  }
}

export function publicKeyToAddress(publicKey: Uint8Array, prefix: number = GENERIC_SS58_PREFIX): string {
  return encodeAddress(publicKey, prefix);
}

/** Any ss58 address (or 0x public key) → the same account with prefix 42. */
export function toGenericAddress(addressOrHex: string): string {
  return publicKeyToAddress(addressToPublicKey(addressOrHex));
}

/** ss58 prefix of a valid address, or undefined when the address is invalid. */
export function ss58PrefixOf(address: string): number | undefined {
  if (!isValidAddress(address)) return undefined;
  const raw = base58Decode(address.trim());
  const b0 = raw[0] ?? 0;
  const b1 = raw[1] ?? 0;
  // one-byte prefixes are 0..63; two-byte prefixes use the 0b01 marker (ss58 spec)
  return b0 < 64 ? b0 : ((b0 & 0x3f) << 2) | (b1 >> 6) | ((b1 & 0x3f) << 8);
}

/** True for an ss58 address of any prefix with a valid checksum and a 32-byte account. */
export function isValidAddress(address: string): boolean {
  try {
    return decodeAddress(address.trim(), false).length === 32;
  } catch {
    return false;
  }
}

export function publicKeyHex(publicKey: Uint8Array): string {
  return u8aToHex(publicKey);
}
