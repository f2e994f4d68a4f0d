import type { ApiPromise } from '@polkadot/api';

/**
 * How other background domains reach a chain. Implemented by the chain sessions (src/background/chain/);
 * one @polkadot/api session per network, shared by the popup and dApp requests.
 */
export interface ChainAccess {
  /** The network TaoVault knows with this genesis hash, with its live API; null when it knows none. */
  forGenesis(genesisHash: string): Promise<{ networkId: string; name: string; api: ApiPromise } | null>;
  /**
   * The name of the built-in or configured network with this genesis hash (known or learnt on connecting), whether
   * or not it is reachable now; null for any other. Such a network is read only through TaoVault's own node.
   */
  knownNetwork(genesisHash: string): Promise<string | null>;
}
