import { base58Decode, checkAddressChecksum, decodeAddress, encodeAddress } from '@polkadot/util-crypto';
import { u8aToHex } from '@polkadot/util';

/** Generic Substrate prefix used by Bittensor (SUBTENSOR_FACTS §0). */
export const BITTENSOR_SS58_PREFIX = 42;

export type AddressErrorCode = 'empty' | 'invalid' | 'bad-checksum' | 'not-an-account';

export type ParsedAddress =
  | { ok: true; publicKey: Uint8Array; publicKeyHex: `0x${string}`; prefix: number; address: string }
  | { ok: false; code: AddressErrorCode };

/**
 * Decodes an ss58 address of any network prefix, validating its checksum, and re-encodes it with
 * prefix 42. Only 32-byte account ids are accepted (not account indices, not raw hex public keys:
 * a person pasting a hex key is more likely making a mistake than meaning it).
 */
export function parseAddress(input: string): ParsedAddress {
  const s = input.trim();
  if (s === '') return { ok: false, code: 'empty' };
  if (s.startsWith('0x')) return { ok: false, code: 'invalid' };
  let raw: Uint8Array;
  try {
    raw = base58Decode(s);
  } catch {
    return { ok: false, code: 'invalid' };
  }
  let valid: boolean;
  let prefix: number;
  try {
    const [isValid, , , ss58Decoded] = checkAddressChecksum(raw);
    valid = isValid;
    prefix = ss58Decoded;
  } catch {
    return { ok: false, code: 'invalid' };
  }
  if (!valid) return { ok: false, code: 'bad-checksum' };
  let publicKey: Uint8Array;
  try {
    publicKey = decodeAddress(s);
  } catch {
    return { ok: false, code: 'invalid' };
  }
  if (publicKey.length !== 32) return { ok: false, code: 'not-an-account' };
  return {
    ok: true,
    publicKey,
    publicKeyHex: u8aToHex(publicKey) as `0x${string}`,
    prefix,
    address: encodeAddress(publicKey, BITTENSOR_SS58_PREFIX),
  };
}

export function isValidAddress(input: string): boolean {
  return parseAddress(input).ok;
}

/** Any-prefix ss58 → the same account with prefix 42; null when invalid. */
export function toBittensorAddress(input: string): string | null {
  const p = parseAddress(input);
  return p.ok ? p.address : null;
}

/** Encodes a 32-byte public key (bytes or 0x-hex) as a prefix-42 address. */
export function addressFromPublicKey(publicKey: Uint8Array | `0x${string}`): string {
  return encodeAddress(publicKey, BITTENSOR_SS58_PREFIX);
}

/** True when both inputs are valid and name the same public key, whatever their prefixes. */
export function isSameAccount(a: string, b: string): boolean {
  const pa = parseAddress(a);
  const pb = parseAddress(b);
  return pa.ok && pb.ok && pa.publicKeyHex === pb.publicKeyHex;
}
