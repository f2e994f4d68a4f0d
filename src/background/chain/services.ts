import type { VaultKey, VaultPlaintext } from '../../core/vault/index.ts';
import type { AddressBookEntry, TxRecord } from '../../protocol/domains/chain-values.ts';
import { addressBookStore } from '../domains/addressbook/store.ts';
import { PortfolioService } from '../domains/portfolio/service.ts';
import { historyStore } from '../domains/transfers/history.ts';
import { recheckPending } from '../domains/transfers/recheck.ts';
import { TransferService } from '../domains/transfers/service.ts';
import type { StorageAreaLike } from '../store/storage-area.ts';
import { Store } from '../store/store.ts';
import type { Vault } from '../vault/vault.ts';
import { chainConfigSchema, defaultChainConfig } from './config.ts';
import { apiConnector, type ApiLink } from './connect.ts';
import { MetadataCache } from './metadata-cache.ts';
import type { Connector } from './session.ts';
import { ChainSessions } from './sessions.ts';

export interface ChainServices {
  /** Sessions per network; also the ChainAccess other domains (dApp connector) use. */
  chain: ChainSessions;
  portfolio: PortfolioService;
  transfers: TransferService;
  transferHistory: Store<TxRecord[]>;
  addressBook: Store<AddressBookEntry[]>;
}

export interface ChainServiceDeps {
  local: StorageAreaLike;
  vault: Vault<VaultPlaintext, VaultKey>;
  /** Tests pass a fake; the worker uses @polkadot/api over WebSocket. */
  connector?: Connector<ApiLink>;
  /** A browser notification for a transaction that landed or failed. */
  notify?: (record: TxRecord) => void;
  now?: () => number;
}

/** Chain sessions and the domains that read and write the chain, wired together. */
export function createChainServices(deps: ChainServiceDeps): ChainServices {
  const config = new Store(deps.local, { key: 'chain', schema: chainConfigSchema, defaults: defaultChainConfig });
  const chain = new ChainSessions({ config, connector: deps.connector ?? apiConnector(new MetadataCache(deps.local)) });
  const transferHistory = historyStore(deps.local);
  const portfolio = new PortfolioService({
    sessions: chain,
    local: deps.local,
    addresses: () => deps.vault.read((d) => d.accounts.map((a) => a.address)),
    now: deps.now,
  });
  const transfers = new TransferService({ sessions: chain, vault: deps.vault, history: transferHistory, notify: deps.notify ?? (() => undefined), now: deps.now });
  // A restarted worker finds its pending transactions on chain by hash when a network connects (never re-sends).
  let checking = false;
  const recheck = async (networkId: string): Promise<void> => {
    if (checking) return;
    const link = (await chain.session(networkId)).peek();
    const records = await transferHistory.get();
    if (!link || !records.some((r) => transfers.isUnfollowed(r) && r.genesisHash === link.genesisHash)) return;
    checking = true;
    try {
      await recheckPending(link.api, link.genesisHash, records.filter((r) => transfers.isUnfollowed(r)), (id, patch, final) => transfers.set(id, patch, final));
    } finally {
      checking = false;
    }
  };
  chain.onBlock((networkId, block) => {
    if (block % 3 === 0) void recheck(networkId).catch(() => undefined);
  });
  chain.onStatus((s) => {
    if (s.state === 'connected') void recheck(s.networkId).catch(() => undefined);
  });
  return { chain, portfolio, transfers, transferHistory, addressBook: addressBookStore(deps.local) };
}
