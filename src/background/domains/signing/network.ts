import type { ApiPromise } from '@polkadot/api';
import type { TypeRegistry } from '@polkadot/types';
import type { NetworkLabel } from '../../../protocol/domains/approvals-values.ts';
import { ProtocolError } from '../../../protocol/errors.ts';
import type { ChainAccess } from '../../chain/access.ts';
import { BUILTIN_NETWORKS } from '../../chain/networks.ts';
import type { ApprovedMetadataStore } from '../metadata/store.ts';
import { signingRegistry, type ChainLabel } from './registry.ts';

export interface SigningNetwork {
  label: NetworkLabel;
  registry: TypeRegistry;
  /** The metadata the registry was built from: what the person's screen is decoded with. */
  metadataHex: `0x${string}`;
  properties: ChainLabel;
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
 * The name of a network TaoVault reads only through its own node: a built-in one (Finney) or one configured here
 * whose genesis it has learnt. Metadata from a site is never used for these.
 */
export async function ownNetworkName(chain: ChainAccess, genesisHash: string): Promise<string | null> {
  const hash = genesisHash.toLowerCase();
  const builtin = BUILTIN_NETWORKS.find((n) => n.genesisHash?.toLowerCase() === hash);
  if (builtin) return builtin.name;
  try {
    return await chain.knownNetwork(hash);
  } catch {
    return null;
  }
}

/**
 * The network a payload names, with a registry for its exact runtime. A network TaoVault has its own node for is
 * decoded only with the live session's metadata, and a payload for another runtime version is refused. Any other
 * network is decoded with metadata the person approved for that genesis and spec version; else refused.
 */
export async function signingNetwork(
  chain: ChainAccess,
  approved: ApprovedMetadataStore,
  genesisHash: string,
  specVersion: number,
): Promise<SigningNetwork> {
  const session = await live(chain, genesisHash);
  const own = await ownNetworkName(chain, genesisHash);
  if (session) {
    const { api } = session;
    const liveSpec = api.runtimeVersion.specVersion.toNumber();
    if (liveSpec !== specVersion) {
      throw new ProtocolError(
        'unavailable',
        `The site built this transaction for runtime version ${specVersion}, but ${session.name} runs version ${liveSpec}; reload the site and try again.`,
        { reason: 'spec-mismatch' },
      );
    }
    const tokenSymbol = api.registry.chainTokens[0] ?? 'TAO';
    const properties = {
      ss58Format: api.registry.chainSS58 ?? 42,
      tokenDecimals: api.registry.chainDecimals[0] ?? 9,
      tokenSymbol,
    };
    const metadataHex = api.runtimeMetadata.toHex();
    const registry = signingRegistry(metadataHex, properties);
    return {
      label: { name: session.name, genesisHash, source: 'live', tokenSymbol },
      registry,
      metadataHex,
      properties,
      api,
    };
  }
  if (own) {
    throw new ProtocolError(
      'unavailable',
      `TaoVault cannot reach ${own} right now, and reads its transactions only through its own connection; try again when it is online.`,
      {
        reason: 'network-offline',
      },
    );
  }
  const stored = await approved.find(genesisHash);
  if (stored && stored.specVersion === specVersion) {
    const metadataHex: `0x${string}` = `0x${stored.rawMetadata.slice(2)}`;
    const properties = {
      ss58Format: stored.ss58Format,
      tokenDecimals: stored.tokenDecimals,
      tokenSymbol: stored.tokenSymbol,
    };
    const registry = signingRegistry(metadataHex, properties);
    return {
      label: { name: stored.chain, genesisHash, source: 'metadata', tokenSymbol: stored.tokenSymbol },
      registry,
      metadataHex,
      properties,
    };
  }
  if (stored) {
    throw new ProtocolError(
      'unavailable',
      `The site built this transaction for runtime version ${specVersion}, which TaoVault does not have for this network.`,
      {
        reason: 'spec-mismatch',
      },
    );
  }
  throw unknownNetwork(genesisHash);
}
