import type { ApiPromise } from '@polkadot/api';

/**
 * How other background domains reach a chain. Implemented by the chain sessions (src/background/chain/);
 * one @polkadot/api session per network, shared by the popup and dApp requests.
 */
export interface ChainAccess {
  /** The network TaoVault knows with this genesis hash, with its live API; null when it knows none. */
  forGenesis(genesisHash: string): Promise<{ networkId: string; name: string; api: ApiPromise } | null>;
}
