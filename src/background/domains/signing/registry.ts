import { Metadata, TypeRegistry } from '@polkadot/types';
import { signedExtensionsFromMetadata } from '../../chain/extensions.ts';

export interface ChainLabel {
  ss58Format: number;
  tokenDecimals: number;
  tokenSymbol: string;
}

const cache = new Map<string, TypeRegistry>();
const MAX_CACHED = 4;

/**
 * A registry that decodes calls and builds signing payloads for one runtime: its metadata, with the chain's
 * own transaction extensions declared (Subtensor's custom ones are unknown to polkadot-js; facts §0.1).
 * Cached per genesis hash and spec version: parsing metadata takes a moment.
 */
export function signingRegistry(genesisHash: string, specVersion: number, metadataHex: `0x${string}`, label: ChainLabel): TypeRegistry {
  const key = `${genesisHash}:${specVersion}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, metadataHex);
  registry.setMetadata(metadata, undefined, signedExtensionsFromMetadata(metadataHex).extensions);
  registry.setChainProperties(
    registry.createType('ChainProperties', { ss58Format: label.ss58Format, tokenDecimals: [label.tokenDecimals], tokenSymbol: [label.tokenSymbol] }),
  );
  if (cache.size >= MAX_CACHED) cache.delete(cache.keys().next().value ?? '');
  cache.set(key, registry);
  return registry;
}
