import type { VaultKey, VaultPlaintext } from '../core/vault/index.ts';
import { settingsSchema } from '../protocol/domains/settings.ts';
import { DEFAULT_SETTINGS, type Settings } from '../protocol/domains/settings-values.ts';
import type { StakeTxRecord } from '../protocol/domains/staking-values.ts';
import { createChainServices, type ChainServiceDeps, type ChainServices } from './chain/services.ts';
import { ApprovalQueue } from './approvals/queue.ts';
import { noUi, type ApprovalUi } from './approvals/types.ts';
import type { ChainAccess } from './chain/access.ts';
import { PendingMnemonics } from './domains/accounts/pending.ts';
import { DappGateway } from './domains/dapp/gateway.ts';
import { stakingHistoryStore } from './domains/staking/history.ts';
import { StakingService } from './domains/staking/service.ts';
import { ValidatorsService } from './domains/validators/service.ts';
import { YieldService } from './domains/yield/service.ts';
import { apiConnector } from './chain/connect.ts';
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

/** Everything the background holds. Only extension pages' handlers see all of it. */
export interface Services extends ChainServices {
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
  /** Chain connector (tests pass a fake) and transaction notifications. */
  connector?: ChainServiceDeps['connector'];
  notify?: ChainServiceDeps['notify'];
  notifySwap?: ChainServiceDeps['notifySwap'];
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
  const chainServices = createChainServices({
    local: deps.local,
    vault,
    sealer,
    connector: deps.connector,
    notify: deps.notify,
    notifySwap: deps.notifySwap,
    now: deps.now,
  });
  const stakingHistory = stakingHistoryStore(deps.local, sealer);
  const staking = new StakingService({
    sessions: chainServices.chain,
    vault,
    settings,
    history: stakingHistory,
    refreshPortfolio: () => void chainServices.portfolio.refresh().catch(() => undefined),
    notify: deps.notify,
    now: deps.now,
  });
  const yieldService = new YieldService({
    sessions: chainServices.chain,
    portfolio: chainServices.portfolio,
    local: deps.local,
    sealer,
    connector: deps.connector ?? apiConnector(new MetadataCache(deps.local)),
    // The wallet's own staking transactions: sampled on both sides, so their flows need no bisection.
    hints: async (networkId) =>
      (await stakingHistory.get()).flatMap((r) =>
        r.networkId === networkId && r.blockNumber !== undefined ? [{ account: r.coldkey, block: r.blockNumber }] : [],
      ),
    now: deps.now,
  });
  const services: Services = {
    yield: yieldService,
    staking,
    stakingHistory,
    validators: new ValidatorsService(chainServices.chain, now),
    approvals,
    sites,
    dapp,
    ...chainServices,
    settings,
    vault,
    pending: new PendingMnemonics(now),
    system: { version: deps.version, startedAt: now(), instanceId: crypto.randomUUID() },
  };
  chainAccess ??= services.chain;
  return services;
}

export function publicServices(services: Services): PublicServices {
  return { system: services.system, dapp: services.dapp };
}
