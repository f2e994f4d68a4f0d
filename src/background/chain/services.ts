import type { VaultKey, VaultPlaintext } from '../../core/vault/index.ts';
import type { AddressBookEntry, TxRecord } from '../../protocol/domains/chain-values.ts';
import { addressBookStore } from '../domains/addressbook/store.ts';
import { ColdkeySwapWatch, type ColdkeySwapAlert } from '../domains/portfolio/coldkey-swap.ts';
import { PortfolioService } from '../domains/portfolio/service.ts';
import { historyStore } from '../domains/transfers/history.ts';
import { TransferService } from '../domains/transfers/service.ts';
import type { Sealer } from '../store/sealer.ts';
import type { StorageAreaLike } from '../store/storage-area.ts';
import { Store } from '../store/store.ts';
import type { Vault } from '../vault/vault.ts';
import type { WalletTx } from './notify.ts';
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
  /** Seals the person's records (portfolio cache, transfer history, address book). */
  sealer?: Sealer;
  /** Tests pass a fake; the worker uses @polkadot/api over WebSocket. */
  connector?: Connector<ApiLink>;
  /** A browser notification for a transaction that landed or failed. */
  notify?: (record: WalletTx) => void;
  /** A browser notification for a coldkey swap newly announced on one of the wallet's accounts. */
  notifySwap?: (alert: ColdkeySwapAlert) => void;
  now?: () => number;
}

/** Chain sessions and the domains that read and write the chain, wired together. */
export function createChainServices(deps: ChainServiceDeps): ChainServices {
  const config = new Store(deps.local, { key: 'chain', schema: chainConfigSchema, defaults: defaultChainConfig });
  const chain = new ChainSessions({ config, connector: deps.connector ?? apiConnector(new MetadataCache(deps.local)) });
  const transferHistory = historyStore(deps.local, deps.sealer);
  const swaps = new ColdkeySwapWatch();
  const portfolio = new PortfolioService({
    sessions: chain,
    local: deps.local,
    sealer: deps.sealer,
    addresses: () => deps.vault.read((d) => d.accounts.map((a) => a.address)),
    onAccountsChanged: (listener) => {
      let last = '';
      deps.vault.onData((d) => {
        const now = d ? d.accounts.map((a) => a.address).join(',') : '';
        if (now === last) return;
        last = now;
        if (d) listener();
      });
    },
    now: deps.now,
    onView: (view) => {
      for (const alert of swaps.fresh(view)) deps.notifySwap?.(alert);
    },
  });
  const transfers = new TransferService({
    sessions: chain,
    vault: deps.vault,
    history: transferHistory,
    notify: deps.notify ?? (() => undefined),
    now: deps.now,
  });
  return { chain, portfolio, transfers, transferHistory, addressBook: addressBookStore(deps.local, deps.sealer) };
}
