import { Metadata, TypeRegistry } from '@polkadot/types';
import { hexToU8a } from '@polkadot/util';
import { blake2AsHex } from '@polkadot/util-crypto';
import { signedExtensionsFromMetadata } from '../../chain/extensions.ts';

export interface ChainLabel {
  ss58Format: number;
  tokenDecimals: number;
  tokenSymbol: string;
}

const cache = new Map<string, TypeRegistry>();
const MAX_CACHED = 4;

/** The cache key of a runtime: a hash of its metadata bytes, so a registry is never reused for other metadata. */
export function metadataKey(metadataHex: `0x${string}`, label: ChainLabel): string {
  return `${blake2AsHex(hexToU8a(metadataHex), 256)}:${label.ss58Format}:${label.tokenDecimals}:${label.tokenSymbol}`;
}

/**
 * A registry that decodes calls and builds signing payloads for one runtime: its metadata, with the chain's
 * own transaction extensions declared (Subtensor's custom ones are unknown to polkadot-js; facts §0.1).
 * Cached by a hash of the metadata bytes (never by genesis and spec version, which a site can name freely):
 * parsing metadata takes a moment.
 */
export function signingRegistry(metadataHex: `0x${string}`, label: ChainLabel): TypeRegistry {
  const key = metadataKey(metadataHex, label);
  const hit = cache.get(key);
  if (hit) return hit;
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, metadataHex);
  registry.setMetadata(metadata, undefined, signedExtensionsFromMetadata(metadataHex).extensions);
  registry.setChainProperties(
    registry.createType('ChainProperties', {
      ss58Format: label.ss58Format,
      tokenDecimals: [label.tokenDecimals],
      tokenSymbol: [label.tokenSymbol],
    }),
  );
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, registry);
  return registry;
}
