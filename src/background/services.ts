import type { VaultKey, VaultPlaintext } from '../core/vault/index.ts';
import { settingsSchema } from '../protocol/domains/settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '../protocol/domains/settings-values.ts';
import type { StakeTxRecord } from '../protocol/domains/staking-values.ts';
import { FirstScreenMirror } from './first-screen.ts';
import type { AddressBookEntry, TxRecord } from '../protocol/domains/chain-values.ts';
import { chainConfigSchema, defaultChainConfig } from './chain/config.ts';
import { apiConnector, type ApiLink } from './chain/connect.ts';
import type { WalletTx } from './chain/notify.ts';
import type { Connector } from './chain/session.ts';
import { ChainSessions } from './chain/sessions.ts';
import { addressBookStore } from './domains/addressbook/store.ts';
import { ColdkeySwapWatch, type ColdkeySwapAlert } from './domains/portfolio/coldkey-swap.ts';
import { PortfolioService } from './domains/portfolio/service.ts';
import { historyStore } from './domains/transfers/history.ts';
import { TransferService } from './domains/transfers/service.ts';
import { ApprovalQueue } from './approvals/queue.ts';
import { noUi, type ApprovalUi } from './approvals/types.ts';
import type { ChainAccess } from './chain/access.ts';
import { PendingMnemonics } from './domains/accounts/pending.ts';
import { DappGateway } from './domains/dapp/gateway.ts';
import { stakingHistoryStore } from './domains/staking/history.ts';
import { StakingService } from './domains/staking/service.ts';
import { ValidatorsService } from './domains/validators/service.ts';
import { YieldService } from './domains/yield/service.ts';
import { MetadataCache } from './chain/metadata-cache.ts';
import { ApprovedMetadataStore } from './domains/metadata/store.ts';
import { createSitesStore, type SitesStore } from './domains/sites/store.ts';
import type { StorageAreaLike } from './store/storage-area.ts';
import { Store } from './store/store.ts';
import { PasswordAttempts } from './vault/attempts.ts';
import type { VaultCodec } from './vault/codec.ts';
import { coreVaultCodec } from './vault/core-codec.ts';
import { SessionKey } from './vault/session-key.ts';
import { vaultSealer } from './vault/storage-key.ts';
import { Vault } from './vault/vault.ts';
import { wipeWallet } from './domains/vault/wipe.ts';
import type { VaultStatus } from '../protocol/domains/accounts-values.ts';

/** Everything the background holds. Only extension pages' handlers see all of it. */
export interface Services {
  /** Sessions per network; also the ChainAccess other domains (dApp connector) use. */
  chain: ChainSessions;
  portfolio: PortfolioService;
  transfers: TransferService;
  transferHistory: Store<TxRecord[]>;
  addressBook: Store<AddressBookEntry[]>;
  settings: Store<Settings>;
  vault: Vault<VaultPlaintext, VaultKey>;
  pending: PendingMnemonics;
  system: { version: string; startedAt: number; instanceId: string };
  /** The one queue of things a person must approve (connect, unlock, sign, metadata). */
  approvals: ApprovalQueue;
  /** Sites the person authorised, with the accounts each may see. */
  sites: SitesStore;
  /** What web pages may do, as gated capabilities (no vault reachable from it). */
  dapp: DappGateway;
  /** Staking flows (stake, unstake, move, batch, proxies) and their history. */
  staking: StakingService;
  stakingHistory: Store<StakeTxRecord[]>;
  validators: ValidatorsService;
  /** Realised and projected yield (domains/yield); `projectedFor(networkId)` feeds the validator directory. */
  yield: YieldService;
  /** The popup's first screen, kept in session storage for a popup opened while the worker is stopped. */
  firstScreen: FirstScreenMirror;
  /** Erases the wallet on this device (domains/vault/wipe.ts). */
  wipe: () => Promise<VaultStatus>;
}

/** What handlers serving web pages may touch: nothing that holds keys or the password. */
export type PublicServices = Pick<Services, 'system' | 'dapp'>;

export interface ServiceDeps {
  local: StorageAreaLike;
  session: StorageAreaLike;
  version: string;
  scheduleLock?: (at: number | null) => Promise<void>;
  codec?: VaultCodec<VaultPlaintext, VaultKey>;
  now?: () => number;
  /** Tests pass a fake chain connector; the worker uses @polkadot/api over WebSocket. */
  connector?: Connector<ApiLink>;
  /** A browser notification for a transaction that landed or failed. */
  notify?: (record: WalletTx) => void;
  /** A browser notification for a coldkey swap newly announced on one of the wallet's accounts. */
  notifySwap?: (alert: ColdkeySwapAlert) => void;
  /** The approval window and badge (chrome.windows / chrome.action in the worker). */
  approvalUi?: ApprovalUi;
  /** Replaces the chain sessions as the dApp connector's ChainAccess (tests). */
  chainAccess?: ChainAccess;
}

export function createServices(deps: ServiceDeps): Services {
  const now = deps.now ?? Date.now;
  const settings = new Store(deps.local, {
    key: 'settings',
    schema: settingsSchema,
    defaults: () => ({ ...DEFAULT_SETTINGS }),
  });
  const vault = new Vault({
    local: deps.local,
    session: new SessionKey(deps.session),
    attempts: new PasswordAttempts(deps.session, now),
    codec: deps.codec ?? coreVaultCodec,
    autoLockMinutes: async () => (await settings.get()).autoLockMinutes,
    scheduleLock: deps.scheduleLock ?? (async () => undefined),
    now,
  });
  // The person's records (sites, balances, history, snapshots, address book) are sealed with a key from the vault.
  const sealer = vaultSealer(vault);
  const approvals = new ApprovalQueue(deps.approvalUi ?? noUi, now);
  // Gate 2 of dApp requests: once the person unlocks, waiting requests continue.
  vault.onStatus((s) => {
    if (!s.locked) approvals.approveAll('unlock');
  });
  const firstScreen = new FirstScreenMirror({
    session: deps.session,
    locked: async () => (await vault.status()).locked,
  });
  vault.onStatus((s) => {
    if (s.locked) void firstScreen.locked(s);
  });
  const sites = createSitesStore(deps.local, sealer);
  let chainAccess: ChainAccess | null = deps.chainAccess ?? null;
  const dapp = new DappGateway({
    vault,
    sites,
    approvals,
    metadata: new ApprovedMetadataStore(deps.local),
    chain: () => chainAccess ?? { forGenesis: async () => null, knownNetwork: async () => null },
    session: deps.session,
    now,
  });
  const connector = deps.connector ?? apiConnector(new MetadataCache(deps.local));
  const config = new Store(deps.local, { key: 'chain', schema: chainConfigSchema, defaults: defaultChainConfig });
  const chain = new ChainSessions({ config, connector });
  const transferHistory = historyStore(deps.local, sealer);
  const swaps = new ColdkeySwapWatch();
  const portfolio = new PortfolioService({
    sessions: chain,
    local: deps.local,
    sealer,
    addresses: () => vault.read((d) => d.accounts.map((a) => a.address)),
    onAccountsChanged: (listener) => {
      let last = '';
      vault.onData((d) => {
        const current = d ? d.accounts.map((a) => a.address).join(',') : '';
        if (current === last) return;
        last = current;
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
    vault,
    history: transferHistory,
    notify: deps.notify ?? (() => undefined),
    now: deps.now,
  });
  const stakingHistory = stakingHistoryStore(deps.local, sealer);
  const staking = new StakingService({
    sessions: chain,
    vault,
    settings,
    history: stakingHistory,
    refreshPortfolio: () => void portfolio.refresh().catch(() => undefined),
    notify: deps.notify,
    now: deps.now,
  });
  const yieldService = new YieldService({
    sessions: chain,
    portfolio: portfolio,
    local: deps.local,
    sealer,
    connector,
    // The wallet's own staking transactions: sampled on both sides, so their flows need no bisection.
    hints: async (networkId) =>
      (await stakingHistory.get()).flatMap((r) =>
        r.networkId === networkId && r.blockNumber !== undefined ? [{ account: r.coldkey, block: r.blockNumber }] : [],
      ),
    now: deps.now,
  });
  const services: Services = {
    yield: yieldService,
    firstScreen,
    staking,
    stakingHistory,
    validators: new ValidatorsService(chain, now),
    approvals,
    sites,
    dapp,
    chain,
    portfolio,
    transfers,
    transferHistory,
    addressBook: addressBookStore(deps.local, sealer),
    settings,
    vault,
    pending: new PendingMnemonics(now),
    system: { version: deps.version, startedAt: now(), instanceId: crypto.randomUUID() },
    wipe: () => wipeWallet({ ...services, local: deps.local, session: deps.session }),
  };
  chainAccess ??= services.chain;
  return services;
}

export function publicServices(services: Services): PublicServices {
  return { system: services.system, dapp: services.dapp };
}
