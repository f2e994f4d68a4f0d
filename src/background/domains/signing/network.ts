import type { ApiPromise } from '@polkadot/api';
import type { TypeRegistry } from '@polkadot/types';
import type { NetworkLabel } from '../../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { ChainAccess } from '../../chain/access.ts';
import type { ApprovedMetadataStore } from '../metadata/store.ts';
import { signingRegistry } from './registry.ts';

export interface SigningNetwork {
  label: NetworkLabel;
  registry: TypeRegistry;
  /** The live API when TaoVault has a session to this network (fee estimates). */
  api?: ApiPromise;
}

async function live(chain: ChainAccess, genesisHash: string) {
  try {
    return await chain.forGenesis(genesisHash);
  } catch {
    return null;
  }
}

function unknownNetwork(genesisHash: string): ProtocolError {
  return new ProtocolError(
    'unavailable',
    `TaoVault does not know the network with genesis ${genesisHash}. The site can offer its metadata (metadata.provide) for the person to approve.`,
    { reason: 'unknown-network' },
  );
}

/**
 * The network a payload names, with a registry for its exact runtime: the live session's metadata when its
 * spec version matches, else metadata the person approved for that genesis and spec version; else refused.
 */
export async function signingNetwork(chain: ChainAccess, approved: ApprovedMetadataStore, genesisHash: string, specVersion: number): Promise<SigningNetwork> {
  const session = await live(chain, genesisHash);
  if (session && session.api.runtimeVersion.specVersion.toNumber() === specVersion) {
    const { api } = session;
    const tokenSymbol = api.registry.chainTokens[0] ?? 'TAO';
    const registry = signingRegistry(genesisHash, specVersion, api.runtimeMetadata.toHex(), {
      ss58Format: api.registry.chainSS58 ?? 42,
      tokenDecimals: api.registry.chainDecimals[0] ?? 9,
      tokenSymbol,
    });
    return { label: { name: session.name, genesisHash, source: 'live', tokenSymbol }, registry, api };
  }
  const stored = await approved.find(genesisHash);
  if (stored && stored.specVersion === specVersion) {
    const hex = stored.rawMetadata.startsWith('0x') ? (`0x${stored.rawMetadata.slice(2)}` as const) : (`0x${stored.rawMetadata}` as const);
    const registry = signingRegistry(genesisHash, specVersion, hex, stored);
    return { label: { name: stored.chain, genesisHash, source: 'metadata', tokenSymbol: stored.tokenSymbol }, registry };
  }
  if (session || stored) {
    throw new ProtocolError('unavailable', `The site built this transaction for runtime version ${specVersion}, which TaoVault does not have for this network.`, {
      reason: 'spec-mismatch',
    });
  }
  throw unknownNetwork(genesisHash);
}
