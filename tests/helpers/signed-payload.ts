// Reads the bytes a wallet would sign the way the chain reads them, with @polkadot/api's own registry and
// nothing from the wallet's code: the call from the start, then each transaction extension's explicit fields,
// then the implicit ones, to the last byte. Tests compare this with what the approval screen showed.
import type { SignerPayloadJSON } from '@polkadot/types/types';
import type { Registry } from '@polkadot/types/types';
import { Struct } from '@polkadot/types-codec';
import { blake2AsU8a, signatureVerify } from '@polkadot/util-crypto';

export interface ChainReading {
  section: string;
  method: string;
  args: unknown;
  /** Explicit fields (era, nonce, tip, mode …) as JSON. */
  extra: Record<string, unknown>;
  /** Implicit fields (specVersion, genesisHash, blockHash, metadataHash …) as JSON. */
  implicit: Record<string, unknown>;
  /** Bytes left after the implicit fields (a chain would not have signed a payload that has any). */
  leftover: number;
}

/** The bytes polkadot-js signs for a payload: the call without a length prefix, then the extension fields. */
export function payloadBytes(registry: Registry, payload: SignerPayloadJSON | Record<string, unknown>): Uint8Array {
  const p = payload as SignerPayloadJSON;
  return registry.createType('ExtrinsicPayload', p, { version: p.version }).toU8a({ method: true });
}

export function readAsChain(registry: Registry, bytes: Uint8Array): ChainReading {
  const call = registry.createType('Call', bytes);
  const extra = new Struct(registry, registry.getSignedExtensionTypes(), bytes.subarray(call.encodedLength));
  const implicit = new Struct(
    registry,
    registry.getSignedExtensionExtra(),
    bytes.subarray(call.encodedLength + extra.encodedLength),
  );
  return {
    section: call.section,
    method: call.method,
    args: call.toHuman(),
    extra: extra.toJSON() as Record<string, unknown>,
    implicit: implicit.toJSON() as Record<string, unknown>,
    leftover: bytes.length - call.encodedLength - extra.encodedLength - implicit.encodedLength,
  };
}

/** signatureVerify over the bytes as the chain checks them (blake2-256 first when longer than 256 bytes). */
export function verifiesOver(bytes: Uint8Array, signature: string, address: string): boolean {
  const message = bytes.length > 256 ? blake2AsU8a(bytes, 256) : bytes;
  return signatureVerify(message, signature, address).isValid;
}
