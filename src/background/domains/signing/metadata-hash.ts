import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import type { Option, U8aFixed } from '@polkadot/types';
import { u8aToHex } from '@polkadot/util';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { SignerPayload } from './describe.ts';
import type { SigningNetwork } from './network.ts';
import { metadataKey } from './registry.ts';
import { fieldOf, type SignedBytes } from './signed-bytes.ts';

const digests = new Map<string, `0x${string}` | null>();
const MAX_CACHED = 4;

function refuse(message: string, reason: string): ProtocolError {
  return new ProtocolError('invalid-request', message, { reason });
}

/** The RFC-0078 digest of the metadata the screen was decoded with; null when it cannot be computed (before V15). */
export function metadataDigest(network: SigningNetwork): `0x${string}` | null {
  const key = metadataKey(network.metadataHex, network.properties);
  if (digests.has(key)) return digests.get(key) ?? null;
  let digest: `0x${string}` | null;
  try {
    const { tokenDecimals: decimals, tokenSymbol } = network.properties;
    digest = u8aToHex(merkleizeMetadata(network.metadataHex, { decimals, tokenSymbol }).digest());
  } catch {
    digest = null;
  }
  if (digests.size >= MAX_CACHED) digests.delete(digests.keys().next().value ?? '');
  digests.set(key, digest);
  return digest;
}

/**
 * Honours the dApp's CheckMetadataHash request. Mode 0 signs no hash. Mode 1 asks the chain to check that the
 * metadata hash signed is its own: it is accepted only when it is the digest of the metadata TaoVault decoded the
 * screen with, so the chain refuses the transaction if what the person read came from other metadata.
 */
export function checkMetadataHash(network: SigningNetwork, payload: SignerPayload, signed: SignedBytes): void {
  const mode = fieldOf(signed.extra, 'mode');
  const hash = fieldOf(signed.implicit, 'metadataHash') as Option<U8aFixed> | undefined;
  if (!mode || !hash) {
    if ((payload.mode ?? 0) !== 0 || (payload.metadataHash ?? null) !== null) {
      throw refuse(
        'The site asks for a metadata hash check, which this network does not have; TaoVault will not sign it.',
        'metadata-hash-unsupported',
      );
    }
    return;
  }
  const m = Number(mode.toString());
  if (m === 0) {
    if (hash.isSome)
      throw refuse(
        'The transaction carries a metadata hash but does not ask the network to check it; TaoVault will not sign it.',
        'metadata-hash-mismatch',
      );
    return;
  }
  if (m !== 1)
    throw refuse(
      `The transaction asks for metadata hash mode ${m}, which does not exist; TaoVault will not sign it.`,
      'metadata-hash-mismatch',
    );
  const digest = metadataDigest(network);
  if (!digest)
    throw refuse(
      'TaoVault cannot compute the metadata hash of this runtime, so it will not sign with a metadata hash check.',
      'metadata-hash-unsupported',
    );
  if (hash.isNone || hash.unwrap().toHex() !== digest) {
    throw refuse(
      'The metadata hash in the transaction is not the hash of the metadata TaoVault read it with; TaoVault will not sign it.',
      'metadata-hash-mismatch',
    );
  }
}
